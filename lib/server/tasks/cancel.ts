import "server-only";

import { AppError } from "@/lib/errors";
import type { Viewer } from "@/lib/server/auth/viewer";
import { db } from "@/lib/server/db";
import { CANCELLABLE, cancelWaitingTask } from "@/lib/server/tracker/cancel-waiting";

import { assertOwnerOrAdmin } from "./access";
import type { SubmitResult } from "./claim";
import { toTaskDto, withAuthor } from "./dto";

// POST /api/tasks/:id/cancel — abandons a task that has not started rendering: one waiting in Midjourney's
// dialog (modal) or in the upstream's queue. Rendering jobs cannot be stopped (Midjourney bills them anyway).

function notCancellable(status: string): AppError {
  if (status === "succeeded" || status === "failed") {
    return new AppError(
      "conflict",
      `This task has already finished (${status}); there is nothing to cancel.`,
    );
  }
  if (status === "submitting") {
    return new AppError(
      "conflict",
      "This task is still being sent to the upstream; cancel it once it shows up there.",
    );
  }
  return new AppError(
    "conflict",
    `Only tasks waiting for confirmation or in the upstream's queue can be cancelled; this one is ${status} (Midjourney is already working on it).`,
  );
}

export async function cancelTask(taskId: string, viewer: Viewer): Promise<SubmitResult> {
  const task = await db.task.findUnique({ where: { id: taskId }, include: withAuthor });
  if (!task || task.deletedAt) throw new AppError("not_found", `No task with id "${taskId}".`);
  assertOwnerOrAdmin(task, viewer, "cancel it");
  // A second click (or a retry) gets the same answer as the first.
  if (task.status === "cancelled") return { task: toTaskDto(task), replayed: true };
  if (!(CANCELLABLE as readonly string[]).includes(task.status) || !task.upstreamId)
    throw notCancellable(task.status);

  // Conditional inside: if the tracker saw the task start or finish meanwhile, that state wins.
  const cancelled = await cancelWaitingTask({
    id: task.id,
    status: task.status,
    upstreamId: task.upstreamId,
  });
  const current = await db.task.findUniqueOrThrow({ where: { id: task.id }, include: withAuthor });
  if (!cancelled && current.status !== "cancelled") throw notCancellable(current.status);
  return { task: toTaskDto(current), replayed: false };
}
