"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";

import { GallerySkeleton } from "@/components/gallery/gallery-skeleton";
import { LoadMore } from "@/components/gallery/load-more";
import { TaskGrid } from "@/components/gallery/task-grid";
import { useTaskSelection } from "@/components/gallery/use-task-selection";
import { ListEmpty, ListStates } from "@/components/ui/list-states";
import { taskQueries } from "@/lib/queries/tasks";

import { TrashActions } from "./trash-actions";

/** Deleted tasks, always in selection mode: a trashed task has nothing to open, only restore or purge. */
export function TrashList() {
  const t = useTranslations("trashPage");
  const query = useInfiniteQuery(taskQueries.trash());
  const tasks = query.data?.pages.flatMap((page) => page.items) ?? [];
  const selection = useTaskSelection(tasks);

  return (
    <ListStates
      words={t}
      query={query}
      keepsData={tasks.length > 0}
      retry={t("retry")}
      skeleton={<GallerySkeleton label={t("loading")} />}
      empty={tasks.length === 0 ? <ListEmpty>{t("empty")}</ListEmpty> : null}
    >
      <div className="@container space-y-3">
        <TrashActions
          selected={selection.selected.map((task) => task.id)}
          total={tasks.length}
          onSelectAll={selection.selectAll}
          onClear={selection.clear}
        />
        <TaskGrid tasks={tasks} testId="trash-grid" selection={selection} />
        <LoadMore query={query} />
      </div>
    </ListStates>
  );
}
