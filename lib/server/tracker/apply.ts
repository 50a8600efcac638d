import "server-only";

import { env } from "@/env.mjs";
import type { TaskStatus } from "@/lib/schemas/task";
import { db } from "@/lib/server/db";
import type { UpstreamTask } from "@/lib/server/mj";

import { decide, type TrackedTask } from "./decide";
import { queueFinalImage, queuePreview } from "./image-queue";

/** The statuses the tracker still follows; a task in any other status is never moved by an observation. */
export const TRACKED: TaskStatus[] = ["queued", "submitted", "running", "modal"];

/**
 * Applies one observation of the upstream (a batched read, or a notifyHook callback) to a stored task, and queues
 * its image work. Returns whether the task was still tracked (a conditional write: a task someone else already
 * finished or cancelled is never moved again).
 */
export async function applyObservation(
  task: TrackedTask & { id: string },
  upstream: UpstreamTask | null,
  now: Date,
): Promise<boolean> {
  const decision = decide(task, upstream, now, {
    stallLimitMs: env.TRACKER_STALL_LIMIT_MS,
    vanishGraceMs: env.TRACKER_VANISH_GRACE_MS,
  });
  const { count } = await db.task.updateMany({
    where: { id: task.id, status: { in: TRACKED } },
    data: decision.patch,
  });
  if (count === 0) return false;
  if (decision.fetchFinalImage) queueFinalImage(task.id, decision.fetchFinalImage);
  else if (decision.fetchPreview) queuePreview(task.id, decision.fetchPreview);
  return true;
}
