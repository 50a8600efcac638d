"use client";

import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useCallback, useState } from "react";

import { useErrorText } from "@/components/common/use-error-text";
import { normalizeFilters } from "@/lib/queries/task-cache";
import { taskQueries, type TaskFilters } from "@/lib/queries/tasks";
import type { TaskPageDto } from "@/lib/schemas/task";

import { GalleryFilters } from "./gallery-filters";
import { GallerySkeleton } from "./gallery-skeleton";
import { LoadMore } from "./load-more";
import { TaskTile } from "./task-tile";
import { sameFilters, withFilters } from "./url-filters";

interface Props {
  /** The filters the server rendered `initialPage` for. */
  initialFilters: TaskFilters;
  initialPage: TaskPageDto;
}

export function Gallery({ initialFilters, initialPage }: Props) {
  const t = useTranslations();
  const errorText = useErrorText();
  const [filters, setFilters] = useState(initialFilters);
  const query = useInfiniteQuery({
    ...taskQueries.list(filters),
    initialData: () =>
      sameFilters(filters, initialFilters) ? { pages: [initialPage], pageParams: [null] } : undefined,
    // While a new search loads, the previous results stay (dimmed) instead of flashing skeletons.
    placeholderData: keepPreviousData,
  });
  const { fetchNextPage } = query;
  const loadMore = useCallback(() => void fetchNextPage({ cancelRefetch: false }), [fetchNextPage]);

  const changeFilters = useCallback((changed: TaskFilters) => {
    const next = normalizeFilters(changed);
    setFilters(next);
    // Next.js syncs history.replaceState with useSearchParams; no server round trip is needed, the query fetches.
    window.history.replaceState(null, "", withFilters(window.location.href, next));
  }, []);

  const tasks = query.data?.pages.flatMap((page) => page.items) ?? [];
  const filtered = Boolean(filters.status || filters.q);

  return (
    <section aria-labelledby="gallery-heading" className="@container min-w-0 space-y-3">
      <div className="flex flex-col gap-3 @3xl:flex-row @3xl:items-center @3xl:justify-between">
        <h2 id="gallery-heading" className="text-lg font-semibold">
          {t("gallery.heading")}
        </h2>
        <GalleryFilters value={filters} onChange={changeFilters} />
      </div>

      {query.isPending ? (
        <GallerySkeleton label={t("gallery.loading")} />
      ) : query.isError && tasks.length === 0 ? (
        <div
          role="alert"
          className="rounded-xl border border-red-200 bg-red-50 p-4 text-sm text-red-800 dark:border-red-900 dark:bg-red-950 dark:text-red-200"
        >
          <p>{t("gallery.loadFailed", { message: errorText(query.error) })}</p>
          <button
            type="button"
            onClick={() => void query.refetch()}
            className="mt-2 min-h-11 font-semibold underline"
          >
            {t("gallery.retry")}
          </button>
        </div>
      ) : tasks.length === 0 ? (
        <p className="rounded-xl border border-dashed border-zinc-300 p-8 text-center text-sm text-zinc-500 dark:border-zinc-700 dark:text-zinc-400">
          {filtered ? t("gallery.emptyFiltered") : t("gallery.empty")}
        </p>
      ) : (
        <ul
          data-testid="gallery-grid"
          aria-busy={query.isPlaceholderData}
          className="grid grid-cols-2 gap-3 transition-opacity aria-busy:opacity-60 @lg:grid-cols-3 @3xl:grid-cols-4 @6xl:grid-cols-5"
        >
          {tasks.map((task, index) => (
            <TaskTile key={task.id} task={task} priority={index < 4} />
          ))}
        </ul>
      )}

      <LoadMore
        hasNextPage={query.hasNextPage}
        isFetchingNextPage={query.isFetchingNextPage}
        onLoadMore={loadMore}
        pageCount={query.data?.pages.length ?? 0}
      />
    </section>
  );
}
