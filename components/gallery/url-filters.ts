// Gallery filters live in the URL so a reload or a shared link shows the same list.
import type { z } from "zod";

import { normalizeFilters, TaskFilters } from "@/lib/queries/task-cache";

type SearchParams = Record<string, string | string[] | undefined>;

const MAX_QUERY_LENGTH = 200;
const FILTER_KEYS = [
  "scope",
  "member",
  "status",
  "type",
  "from",
  "to",
  "favorites",
  "collection",
  "q",
] as const;

function pick<S extends z.ZodType>(schema: S, raw: unknown): z.infer<S> | undefined {
  const parsed = schema.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** Reads each filter on its own: a junk value in a hand-edited URL drops that filter, not the page. */
export function filtersFromSearchParams(params: SearchParams): TaskFilters {
  const shape = TaskFilters.shape;
  const favorites = first(params.favorites);
  return normalizeFilters({
    scope: pick(shape.scope, first(params.scope)),
    member: pick(shape.member, first(params.member)),
    status: pick(shape.status, first(params.status)),
    type: pick(shape.type, first(params.type)),
    from: pick(shape.from, first(params.from)),
    to: pick(shape.to, first(params.to)),
    favorites: favorites === "1" || favorites === "true",
    collection: pick(shape.collection, first(params.collection)),
    q: first(params.q)?.slice(0, MAX_QUERY_LENGTH),
  });
}

/** The same URL with the filter params replaced; other params (e.g. ?prompt=) are kept. */
export function withFilters(href: string, filters: TaskFilters): string {
  const url = new URL(href);
  const normalized = normalizeFilters(filters);
  for (const key of FILTER_KEYS) {
    const value = normalized[key];
    if (value === undefined) url.searchParams.delete(key);
    else url.searchParams.set(key, value === true ? "1" : String(value));
  }
  return `${url.pathname}${url.search}${url.hash}`;
}

export function sameFilters(a: TaskFilters, b: TaskFilters): boolean {
  return JSON.stringify(normalizeFilters(a)) === JSON.stringify(normalizeFilters(b));
}
