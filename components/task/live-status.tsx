import type { TaskDto } from "@/lib/schemas/task";

import { ProgressBar } from "./progress-bar";
import { useStatusText } from "./status-text";

const sizes = {
  tile: {
    box: "absolute inset-x-0 bottom-0 space-y-1.5 bg-gradient-to-t from-zinc-950/80 to-transparent p-2 pt-6 text-white",
    text: "text-xs font-medium",
    bar: "bg-white/25 dark:bg-white/25",
  },
  hero: {
    box: "absolute inset-x-0 bottom-0 space-y-2 bg-gradient-to-t from-zinc-950/85 to-transparent p-4 pt-10 text-white",
    text: "text-sm font-semibold",
    bar: "h-2 bg-white/25 dark:bg-white/25",
  },
} as const;

/** What a rendering task is doing, over the bottom of its picture: a gallery tile's or the task page's. */
export function LiveStatus({ task, size }: { task: TaskDto; size: keyof typeof sizes }) {
  const statusText = useStatusText();
  const look = sizes[size];
  // The hero is a <figure>, so its overlay is the caption; a tile's is a plain box inside a link.
  const Box = size === "hero" ? "figcaption" : "div";
  return (
    <Box className={look.box}>
      <p className={look.text}>{statusText(task)}</p>
      {/* A task waiting for a dialog is not rendering: no bar that would look like it spins. */}
      {task.status === "modal" ? null : (
        <ProgressBar progress={task.progress} valueText={statusText(task)} className={look.bar} />
      )}
    </Box>
  );
}
