"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useCallback, useState } from "react";

import { useErrorText } from "@/components/common/use-error-text";
import { GallerySkeleton } from "@/components/gallery/gallery-skeleton";
import { LoadMore } from "@/components/gallery/load-more";
import { TaskTile } from "@/components/gallery/task-tile";
import { taskQueries } from "@/lib/queries/tasks";

import { TrashActions } from "./trash-actions";

/** Deleted tasks, always in selection mode: a trashed task has nothing to open, only restore or purge. */
export function TrashList() {
  const t = useTranslations("trashPage");
  const errorText = useErrorText();
  const query = useInfiniteQuery(taskQueries.trash());
  const { fetchNextPage } = query;
  const loadMore = useCallback(() => void fetchNextPage({ cancelRefetch: false }), [fetchNextPage]);
  const [selectedIds, setSelectedIds] = useState<ReadonlySet<string>>(new Set());

  const tasks = query.data?.pages.flatMap((page) => page.items) ?? [];
  // Tasks restored or purged elsewhere drop out of the selection with the refetch.
  const selected = tasks.filter((task) => selectedIds.has(task.id)).map((task) => task.id);
  const toggle = (id: string) =>
    setSelectedIds((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  if (query.isPending) return <GallerySkeleton label={t("loading")} />;
  if (query.isError && tasks.length === 0)
    return (
      <div
        role="alert"
        className="rounded-xl border border-red-200 bg-red-50 p-4 text-sm text-red-800 dark:border-red-900 dark:bg-red-950 dark:text-red-200"
      >
        <p>{t("loadFailed", { message: errorText(query.error) })}</p>
        <button
          type="button"
          onClick={() => void query.refetch()}
          className="mt-2 min-h-11 font-semibold underline"
        >
          {t("retry")}
        </button>
      </div>
    );
  if (tasks.length === 0)
    return (
      <p className="rounded-xl border border-dashed border-zinc-300 p-8 text-center text-sm text-zinc-500 dark:border-zinc-700 dark:text-zinc-400">
        {t("empty")}
      </p>
    );

  return (
    <div className="@container space-y-3">
      <TrashActions
        selected={selected}
        total={tasks.length}
        onSelectAll={() => setSelectedIds(new Set(tasks.map((task) => task.id)))}
        onClear={() => setSelectedIds(new Set())}
      />
      <ul
        data-testid="trash-grid"
        className="grid grid-cols-2 gap-3 @lg:grid-cols-3 @3xl:grid-cols-4 @6xl:grid-cols-5"
      >
        {tasks.map((task, index) => (
          <TaskTile
            key={task.id}
            task={task}
            priority={index < 4}
            selection={{ selected: selectedIds.has(task.id), onToggle: toggle }}
          />
        ))}
      </ul>
      <LoadMore
        hasNextPage={query.hasNextPage}
        isFetchingNextPage={query.isFetchingNextPage}
        onLoadMore={loadMore}
        pageCount={query.data?.pages.length ?? 0}
      />
    </div>
  );
}
