import "server-only";

import { db } from "@/lib/server/db";
import { cancelTask as cancelUpstream, MjError } from "@/lib/server/mj";

// Cancelling a task that waits (in Midjourney's dialog, or in the upstream's queue) — the part shared by the
// Cancel button (tasks/cancel.ts, which checks who may) and the tracker (abandoned dialogs, nobody to ask).

export const CANCELLABLE = ["modal", "queued"] as const;

const CANCELLED_LOCALLY = "CANCELLED_LOCALLY";

interface WaitingTask {
  id: string;
  status: string;
  upstreamId: string;
}

/**
 * Tells the upstream (where it can be told), then marks the task cancelled unless it moved meanwhile.
 * Returns false when the tracker saw it start or finish first: that state wins.
 */
export async function cancelWaitingTask(task: WaitingTask): Promise<boolean> {
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
  return count > 0;
}

// A dialog is abandoned when nobody submits or cancels it for `abandonAfterMs`: it is cancelled the same way
// the Cancel button does it (upstream where supported, else in the studio only), never left waiting.
export async function cancelAbandonedDialogs(now: Date, abandonAfterMs: number): Promise<void> {
  const abandoned = await db.task.findMany({
    where: {
      status: "modal",
      upstreamId: { not: null },
      lastChangeAt: { lt: new Date(now.getTime() - abandonAfterMs) },
    },
    select: { id: true, status: true, upstreamId: true },
    take: 10,
  });
  for (const task of abandoned) {
    try {
      await cancelWaitingTask({ ...task, upstreamId: task.upstreamId as string });
    } catch (error) {
      console.warn(`[tracker] could not cancel abandoned dialog ${task.id}: ${(error as Error).message}`);
    }
  }
}
