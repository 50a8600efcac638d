import "server-only";

import { isTerminalStatus, type TaskStatus } from "@/lib/schemas/task";
import type { UpstreamStatus, UpstreamTask } from "@/lib/server/mj";

// Callbacks are sent asynchronously from a thread pool without retries, so they arrive out of order and twice
// (mj-api.md 10). The proxies order a task's states as NOT_START 0, SUBMITTED 1, IN_PROGRESS by progress, then
// FAILURE / SUCCESS; a callback is applied only when it is not behind what we already know, on that scale.
// IN_PROGRESS spans 3..<4 and the end sits at 5: a running task at 100 % (which the proxies report before the end,
// and parseProgress rounds 99.5 % to) is still below it, so the SUCCESS that follows is never taken for a repeat.
// MODAL sits below everything: a dialog task moves on to NOT_START / SUBMITTED once confirmed (mj-api.md 9), and
// a stale MODAL callback must never pull a confirmed task back into the dialog.

const MODAL_RANK = -1;
const TERMINAL_RANK = 5;

function inProgressRank(progress: number | null): number {
  // 3 + p/101 keeps 100 % below 4, so running never reaches the end's rank whatever its progress.
  return 3 + Math.min(100, Math.max(0, progress ?? 0)) / 101;
}

const UPSTREAM_RANK: Record<Exclude<UpstreamStatus, "IN_PROGRESS" | "UNKNOWN">, number> = {
  MODAL: MODAL_RANK,
  NOT_START: 0,
  SUBMITTED: 1,
  FAILURE: TERMINAL_RANK,
  SUCCESS: TERMINAL_RANK,
  CANCEL: TERMINAL_RANK,
};

/** Where an observation sits on the proxies' order; null for a status we cannot place (never applied). */
export function observationRank(task: Pick<UpstreamTask, "status" | "progress">): number | null {
  if (task.status === "UNKNOWN") return null;
  if (task.status === "IN_PROGRESS") return inProgressRank(task.progress);
  return UPSTREAM_RANK[task.status];
}

/** Where a stored task sits on the same order (our statuses mirror the upstream's, see decide.ts). */
export function storedRank(task: { status: TaskStatus; progress: number | null }): number | null {
  switch (task.status) {
    case "modal":
      return MODAL_RANK;
    case "queued":
      return 0;
    case "submitted":
      return 1;
    case "running":
      return inProgressRank(task.progress);
    case "succeeded":
    case "failed":
    case "cancelled":
      return TERMINAL_RANK;
    default:
      // "submitting" / "checking" have no upstream counterpart: an observation may always place them.
      return null;
  }
}

/**
 * Whether a callback may move a stored task: never backwards (status rank, then progress), and a terminal task is
 * never moved at all (the conditional write in apply.ts guarantees that as well). At an equal rank only a newer
 * preview is news (OSS resends equal events): a plain duplicate is dropped, so it does not count as "heard from"
 * and a stream of repeats cannot keep the safety net (poll-policy.ts) from reading a task that is stuck.
 */
export function callbackMovesForward(
  observed: Pick<UpstreamTask, "status" | "progress" | "imageUrl">,
  stored: { status: TaskStatus; progress: number | null; upstreamImageUrl: string | null },
): boolean {
  // Whether the task has finished is its status's to say, never a rank's.
  if (isTerminalStatus(stored.status)) return false;
  const seen = observationRank(observed);
  if (seen === null) return false;
  const known = storedRank(stored);
  if (known === null || seen > known) return true;
  return seen === known && observed.imageUrl !== null && observed.imageUrl !== stored.upstreamImageUrl;
}

/** Of two callbacks for the same task, the one to keep: the later one unless it is behind the earlier. */
export function laterCallback(held: UpstreamTask, arriving: UpstreamTask): UpstreamTask {
  const heldRank = observationRank(held);
  const arrivingRank = observationRank(arriving);
  if (arrivingRank === null) return held;
  if (heldRank === null) return arriving;
  return arrivingRank >= heldRank ? arriving : held;
}
