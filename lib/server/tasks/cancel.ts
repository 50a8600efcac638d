import "server-only";

import { AppError } from "@/lib/errors";
import { db } from "@/lib/server/db";
import { cancelTask as cancelUpstream, MjError } from "@/lib/server/mj";

import type { SubmitResult } from "./claim";
import { toTaskDto, withAuthor } from "./dto";
import { assertOwnerOrAdmin, type Viewer } from "./viewer";

// POST /api/tasks/:id/cancel — abandons a task that has not started rendering: one waiting in Midjourney's
// dialog (modal) or in the upstream's queue. Rendering jobs cannot be stopped (Midjourney bills them anyway).

const CANCELLABLE = ["modal", "queued"] as const;

export const CANCELLED_LOCALLY = "CANCELLED_LOCALLY";

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

  let failCode: string | null = null;
  let failReason: string | null = null;
  try {
    await cancelUpstream(task.upstreamId);
  } catch (error) {
    if (!(error instanceof MjError)) throw error;
    if (error.kind === "unsupported") {
      // OSS and aggregators have no cancel endpoint. Cancelling locally still stops the gallery from waiting
      // on it forever; the reason says plainly what that does and does not mean.
      failCode = CANCELLED_LOCALLY;
      failReason =
        task.status === "modal"
          ? "Cancelled in the studio only: the upstream has no cancel endpoint, so it could not be told. A task waiting for confirmation does nothing there until it expires."
          : "Cancelled in the studio only: the upstream has no cancel endpoint, so it could not be told. The queued task may still run (and be charged) upstream; the studio will not show it.";
    } else if (error.kind === "not_found") {
      failCode = CANCELLED_LOCALLY;
      failReason = "Cancelled in the studio: the upstream no longer knows this task.";
    } else {
      throw error;
    }
  }

  const now = new Date();
  // Conditional: if the tracker saw the task start or finish meanwhile, that state wins.
  const { count } = await db.task.updateMany({
    where: { id: task.id, status: { in: [...CANCELLABLE] } },
    data: {
      status: "cancelled",
      failCode,
      failReason,
      queuePosition: null,
      finishedAt: now,
      lastChangeAt: now,
    },
  });
  const current = await db.task.findUniqueOrThrow({ where: { id: task.id }, include: withAuthor });
  if (count === 0 && current.status !== "cancelled") throw notCancellable(current.status);
  return { task: toTaskDto(current), replayed: false };
}
