"use client";

import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useCallback, useState } from "react";

import { useErrorText } from "@/components/common/use-error-text";
import { hasActiveFilters, normalizeFilters } from "@/lib/queries/task-cache";
import { taskQueries, type TaskFilters } from "@/lib/queries/tasks";
import type { TaskPageDto } from "@/lib/schemas/task";

import { GalleryFilters } from "./gallery-filters";
import { GallerySkeleton } from "./gallery-skeleton";
import { LoadMore } from "./load-more";
import { SelectionBar } from "./selection-bar";
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
  const filtered = hasActiveFilters(filters);
  const [selecting, setSelecting] = useState(false);
  const [selectedIds, setSelectedIds] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setSelectedIds((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  // Tasks that left the list (deleted elsewhere) leave the selection too.
  const selected = tasks.filter((task) => selectedIds.has(task.id));
  const stopSelecting = () => {
    setSelecting(false);
    setSelectedIds(new Set());
  };

  return (
    <section aria-labelledby="gallery-heading" className="@container min-w-0 space-y-3">
      <div className="flex items-center justify-between gap-2">
        <h2 id="gallery-heading" className="text-lg font-semibold">
          {t("gallery.heading")}
        </h2>
        <button
          type="button"
          aria-pressed={selecting}
          onClick={() => (selecting ? stopSelecting() : setSelecting(true))}
          className="min-h-11 rounded-xl border border-zinc-300 px-3 text-sm font-medium hover:bg-zinc-100 aria-pressed:bg-violet-600 aria-pressed:text-white dark:border-zinc-700 dark:hover:bg-zinc-800"
        >
          {selecting ? t("gallery.doneSelecting") : t("gallery.select")}
        </button>
      </div>
      <GalleryFilters value={filters} onChange={changeFilters} />

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
            <TaskTile
              key={task.id}
              task={task}
              priority={index < 4}
              selection={selecting ? { selected: selectedIds.has(task.id), onToggle: toggle } : undefined}
            />
          ))}
        </ul>
      )}

      {selecting ? <SelectionBar selected={selected} onClear={() => setSelectedIds(new Set())} /> : null}

      <LoadMore
        hasNextPage={query.hasNextPage}
        isFetchingNextPage={query.isFetchingNextPage}
        onLoadMore={loadMore}
        pageCount={query.data?.pages.length ?? 0}
      />
    </section>
  );
}
