import type { ReactNode } from "react";

import { cn } from "@/components/common/cn";
import type { TaskDto } from "@/lib/schemas/task";

import { justifiedGridClass } from "./gallery-skeleton";
import { tileAspect, tileFlexStyle } from "./justify";
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
  /** A plain click on a tile opens it here (the lightbox) instead of following its link to the task page. */
  onOpen?: ((taskId: string) => void) | undefined;
  /** The tile's own "Select" action: starts selection mode with that task. */
  onStartSelect?: ((taskId: string) => void) | undefined;
}

/**
 * The task tiles of the gallery, the trash and a collection, in justified rows (justify.ts): every picture keeps
 * its aspect ratio. The first tiles load eagerly (they are on screen).
 */
export function TaskGrid({ tasks, testId, busy, selection, tools, onOpen, onStartSelect }: Props) {
  return (
    <ul
      data-testid={testId}
      aria-busy={busy}
      // While selecting, a shift-click extends the selection of tiles, not a selection of text.
      className={cn(
        justifiedGridClass,
        "transition-opacity aria-busy:opacity-60",
        selection && "select-none",
      )}
    >
      {tasks.map((task, index) => {
        const flex = tileFlexStyle(tileAspect(task));
        const tileProps = {
          task,
          priority: index < 6,
          selection: selection
            ? { selected: selection.isSelected(task.id), onToggle: selection.toggle }
            : undefined,
          onOpen,
          onStartSelect,
        };
        if (!tools) return <TaskTile key={task.id} {...tileProps} style={flex} />;
        return (
          <li key={task.id} className="min-w-0" style={flex}>
            {/* TaskTile is a list item itself; a one-item list keeps the markup valid. */}
            <ul>
              <TaskTile {...tileProps} />
            </ul>
            {tools(task)}
          </li>
        );
      })}
    </ul>
  );
}
