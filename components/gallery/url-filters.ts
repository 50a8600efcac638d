// Gallery filters live in the URL (?status=&q=) so a reload or a shared link shows the same list.
import { normalizeFilters, TaskFilters } from "@/lib/queries/task-cache";

type SearchParams = Record<string, string | string[] | undefined>;

const MAX_QUERY_LENGTH = 200;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export function filtersFromSearchParams(params: SearchParams): TaskFilters {
  // An unknown status in a hand-edited URL means "all", not an error page.
  const status = TaskFilters.shape.status.safeParse(first(params.status));
  return normalizeFilters({
    status: status.success ? status.data : undefined,
    q: first(params.q)?.slice(0, MAX_QUERY_LENGTH),
  });
}

/** The same URL with the filter params replaced; other params (e.g. ?prompt=) are kept. */
export function withFilters(href: string, filters: TaskFilters): string {
  const url = new URL(href);
  const { status, q } = normalizeFilters(filters);
  if (status) url.searchParams.set("status", status);
  else url.searchParams.delete("status");
  if (q) url.searchParams.set("q", q);
  else url.searchParams.delete("q");
  return `${url.pathname}${url.search}${url.hash}`;
}

export function sameFilters(a: TaskFilters, b: TaskFilters): boolean {
  const x = normalizeFilters(a);
  const y = normalizeFilters(b);
  return x.status === y.status && x.q === y.q;
}
