"use client";

import { useQuery } from "@tanstack/react-query";

import { taskQueries } from "@/lib/queries/tasks";
import type { TaskDto } from "@/lib/schemas/task";

import { DialogFrame } from "./dialog-frame";
import { dialogKindOf } from "./dialog-kind";
import { useDialogActions } from "./use-dialog-actions";

/**
 * Midjourney's dialog for a task in status "modal" (a remix the account opened, an API press without its answer,
 * or a confirmation that failed after its press). Leaving the page does not cancel anything: the task waits, and
 * the gallery links back here. Dialog buttons pressed in the studio open PressDialog instead, before any task.
 */
export function ModalDialog({ task }: { task: TaskDto }) {
  if (task.status !== "modal") return null;
  // Keyed by task so a navigation to another waiting task starts with fresh fields and a fresh intent key.
  return <DialogBody key={task.id} task={task} />;
}

function DialogBody({ task }: { task: TaskDto }) {
  // The parent holds the image to repaint and the button whose customId says which dialog this is.
  const parent = useQuery({ ...taskQueries.detail(task.parentId ?? ""), enabled: task.parentId !== null });
  const actions = useDialogActions(task.id);
  if (task.parentId !== null && parent.isPending) return null;
  return (
    <DialogFrame
      stage="waiting"
      kind={dialogKindOf(task, parent.data?.buttons)}
      initialPrompt={task.finalPrompt ?? task.prompt}
      image={parent.data?.image ?? null}
      actions={actions}
    />
  );
}
