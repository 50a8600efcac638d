import "server-only";

import { env } from "@/env.mjs";
import type { TaskStatus } from "@/lib/schemas/task";
import { db } from "@/lib/server/db";
import type { UpstreamTask } from "@/lib/server/mj";

import { decide, type TrackedTask } from "./decide";
import { queueFinalImage, queuePreview } from "./image-queue";

/** The statuses the tracker still follows; a task in any other status is never moved by an observation. */
export const TRACKED: TaskStatus[] = ["queued", "submitted", "running", "modal"];

/** A stored task as an observation reads it: `lastSyncedAt` is the version the write is conditional on. */
export type ObservedRow = TrackedTask & { id: string; lastSyncedAt: Date | null };

/**
 * Applies one observation of the upstream (a batched read, or a notifyHook callback) to a stored task, and queues
 * its image work. Returns whether it was written. The write is conditional: a task someone else already finished
 * or cancelled is never moved again, and neither is one another observation updated since `task` was read (every
 * observation sets lastSyncedAt) or whose status changed since (writers that are not observations, such as a
 * dialog's confirmation or a cancel, leave lastSyncedAt alone). A pass's read that raced a fresher callback is
 * dropped, never written over it.
 */
export async function applyObservation(
  task: ObservedRow,
  upstream: UpstreamTask | null,
  now: Date,
): Promise<boolean> {
  const decision = decide(task, upstream, now, {
    stallLimitMs: env.TRACKER_STALL_LIMIT_MS,
    vanishGraceMs: env.TRACKER_VANISH_GRACE_MS,
  });
  const { count } = await db.task.updateMany({
    where: { id: task.id, status: { in: TRACKED, equals: task.status }, lastSyncedAt: task.lastSyncedAt },
    data: decision.patch,
  });
  if (count === 0) return false;
  if (decision.fetchFinalImage) queueFinalImage(task.id, decision.fetchFinalImage);
  else if (decision.fetchPreview) queuePreview(task.id, decision.fetchPreview);
  return true;
}

export type TrackedRow = ObservedRow & { upstreamId: string; submittedAt: Date };

/** The tasks the tracker follows, all of them or those with the given upstream ids. */
export async function findTrackedRows(upstreamIds?: string[]): Promise<TrackedRow[]> {
  const rows = await db.task.findMany({
    where: { status: { in: TRACKED }, upstreamId: upstreamIds ? { in: upstreamIds } : { not: null } },
  });
  // The status column only ever holds TaskStatus values (written through decide.ts and the submit code).
  return rows as TrackedRow[];
}
