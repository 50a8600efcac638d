import "server-only";

import { env } from "@/env.mjs";
import { db } from "@/lib/server/db";
import { getUpstreamConfig } from "@/lib/server/mj";

import { applyObservation, findTrackedRows } from "./apply";
import { callbackInbox } from "./callback-inbox";
import { cancelAbandonedDialogs } from "./cancel-waiting";
import { retryMissingImages } from "./missing-images";
import { observeTasks, type ObserveState } from "./observe";
import { nextPassDelayMs, type PollContext, tasksToRead } from "./poll-policy";
import { recoverUncertainSubmits } from "./recover-uncertain";

export interface PassOutcome {
  /** Tasks the tracker follows (queued, submitted, running, in a dialog). */
  tracked: number;
  /** Tasks this pass asked the upstream about. */
  read: number;
  /** When the next pass should run, by poll-policy.ts (the backoff overrides it while the upstream fails). */
  nextDelayMs: number;
}

/** What the poll policy needs to know about this moment and this upstream. */
export function pollContext(now: Date, observeState: ObserveState): PollContext {
  return {
    now: now.getTime(),
    lastCallbackAt: callbackInbox().lastCallbackAt(),
    // The aggregator profile is the one that authenticates with a bearer key (config.ts, mj-api.md 1.2).
    slowUpstream: getUpstreamConfig().authStyle === "bearer",
    intervalMs: env.TRACKER_INTERVAL_MS,
    batchedReads: !observeState.listUnsupported,
  };
}

/**
 * One pass: the chores, then, when the poll policy finds a task due (a silent one while callbacks carry the news,
 * by its progress while nothing calls back), one batched read of the tracked tasks, with decisions applied.
 */
export async function syncOnce(
  now: Date,
  observeState: ObserveState,
  neverTriedImageGraceMs = 0,
): Promise<PassOutcome> {
  await checkInterruptedSubmits(now);
  await recoverUncertainSubmits(now);
  const tracked = await findTrackedRows();
  const ctx = pollContext(now, observeState);
  const due = tasksToRead(tracked, ctx);
  const handled = new Set<string>();
  if (due.length > 0) {
    const observed = await observeTasks(
      due.map((t) => t.upstreamId),
      observeState,
    );
    for (const task of due) {
      const upstream = observed.get(task.upstreamId) ?? null;
      if (await applyObservation(task, upstream, now)) handled.add(task.id);
    }
  }
  await retryMissingImages(handled, now, neverTriedImageGraceMs);
  await cancelAbandonedDialogs(now, env.TRACKER_MODAL_ABANDON_MS);
  // Planned from the rows as they are now (progress just read, clocks just restarted), not as the pass found them.
  const after = due.length > 0 ? await findTrackedRows() : tracked;
  return { tracked: tracked.length, read: due.length, nextDelayMs: nextPassDelayMs(after, ctx) };
}

// A submit whose request died with its process (crash, restart) never learned its upstream id. It is not
// resent (that could pay twice); the upstream may still have accepted it, so it is searched for like a lost
// answer ("checking", see recover-uncertain.ts), which fails it in words if it never shows up.
async function checkInterruptedSubmits(now: Date): Promise<void> {
  const cutoff = new Date(now.getTime() - env.MJ_TIMEOUT_MS - 30_000);
  await db.task.updateMany({
    where: { status: "submitting", createdAt: { lt: cutoff } },
    data: {
      status: "checking",
      failCode: "SUBMIT_UNCERTAIN",
      failReason:
        "The studio stopped while sending this task. Checking whether Midjourney received it; it is not resent, so you are not charged twice.",
      lastChangeAt: now,
    },
  });
}
