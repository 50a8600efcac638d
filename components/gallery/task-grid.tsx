import type { ReactNode } from "react";

import { cn } from "@/components/common/cn";
import type { TaskDto } from "@/lib/schemas/task";

import { taskGridClass } from "./gallery-skeleton";
import { TaskTile } from "./task-tile";
import type { TaskSelection } from "./use-task-selection";

interface Props {
  tasks: readonly TaskDto[];
  testId: string;
  /** Older results shown dimmed while new ones load. */
  busy?: boolean;
  /** While present, tiles toggle their task in the selection instead of opening it. */
  selection?: TaskSelection | undefined;
  /** Controls under each tile (a collection's "set as cover" / "remove"). */
  tools?: (task: TaskDto) => ReactNode;
  /** A plain click on a tile opens it here (the home gallery's lightbox) instead of its page. */
  onOpen?: ((taskId: string) => void) | undefined;
}

/** The task tiles of the gallery, the trash and a collection. The first row loads eagerly (it is on screen). */
export function TaskGrid({ tasks, testId, busy, selection, tools, onOpen }: Props) {
  return (
    <ul
      data-testid={testId}
      aria-busy={busy}
      className={cn(taskGridClass, "transition-opacity aria-busy:opacity-60")}
    >
      {tasks.map((task, index) => {
        const tile = (
          <TaskTile
            key={task.id}
            task={task}
            priority={index < 4}
            onOpen={onOpen}
            selection={
              selection ? { selected: selection.isSelected(task.id), onToggle: selection.toggle } : undefined
            }
          />
        );
        if (!tools) return tile;
        return (
          <li key={task.id} className="min-w-0">
            {/* TaskTile is a list item itself; a one-item list keeps the markup valid. */}
            <ul>{tile}</ul>
            {tools(task)}
          </li>
        );
      })}
    </ul>
  );
}
