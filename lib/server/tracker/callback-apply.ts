import "server-only";

import type { UpstreamTask } from "@/lib/server/mj";

import { applyObservation, findTrackedRows } from "./apply";
import { callbackMovesForward } from "./callback-order";

/** A callback that lost a race with a pass's write is tried again on the fresh row, this many times. */
const RACE_RETRIES = 2;

/**
 * Applies a batch of verified callbacks to the tasks we track with those upstream ids, with one read of the rows.
 * Ids we do not track (someone else's task, a finished one, a guess) are skipped without a trace, and a callback
 * that is behind what we already know (a late IN_PROGRESS after SUCCESS, a duplicate of an older step) moves
 * nothing. Callbacks are sent once and never retried, so one that raced a pass is re-applied to the fresh row.
 * Resolves whether any callback was for a task we track: only those show that our tasks' callbacks reach us.
 */
export async function applyCallbacks(batch: UpstreamTask[], now: Date): Promise<boolean> {
  if (batch.length === 0) return false;
  const byUpstreamId = new Map(batch.map((task) => [task.upstreamId, task]));
  let rows = await findTrackedRows([...byUpstreamId.keys()]);
  const metTrackedTask = rows.length > 0;
  for (let attempt = 0; attempt <= RACE_RETRIES && rows.length > 0; attempt += 1) {
    const raced: string[] = [];
    for (const row of rows) {
      const observed = byUpstreamId.get(row.upstreamId);
      if (!observed || !callbackMovesForward(observed, row)) continue;
      if (!(await applyObservation(row, observed, now))) raced.push(row.upstreamId);
    }
    rows = raced.length > 0 ? await findTrackedRows(raced) : [];
  }
  return metTrackedTask;
}
