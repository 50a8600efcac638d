"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";

import { LoadMore } from "@/components/gallery/load-more";
import { TaskGrid } from "@/components/gallery/task-grid";
import { TaskListStates } from "@/components/gallery/task-list-states";
import { useTaskSelection } from "@/components/gallery/use-task-selection";
import { taskQueries } from "@/lib/queries/tasks";

import { TrashActions } from "./trash-actions";

/** Deleted tasks, always in selection mode: a trashed task has nothing to open, only restore or purge. */
export function TrashList() {
  const t = useTranslations("trashPage");
  const query = useInfiniteQuery(taskQueries.trash());
  const tasks = query.data?.pages.flatMap((page) => page.items) ?? [];
  const selection = useTaskSelection(tasks);

  return (
    <TaskListStates words={t} query={query} taskCount={tasks.length} emptyText={t("empty")}>
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
    </TaskListStates>
  );
}
