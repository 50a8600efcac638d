import "server-only";

// Which tracked tasks a pass reads from the upstream, and when the next pass runs. Pure, so the rules are
// table-tested (poll-policy.test.ts). Callbacks are the main path; reads are the safety net under them.

/** A valid callback within this long means the upstream calls back: only silent tasks need reading. */
export const CALLBACKS_ALIVE_MS = 60_000;
/**
 * With callbacks alive, a task not heard from (callback or read) for this long is read: callbacks are sent once,
 * never retried (mj-api.md 10), so a lost one must not leave a task behind for more than a few seconds extra.
 */
export const SILENT_AFTER_MS = 10_000;
/**
 * The aggregator (new-api, authStyle "bearer") refreshes a task from its own upstream only every 15 s and strips
 * our notifyHook (mj-api.md 6.1, 7.3 "AGG" and 10 "AGG"): reading it more often than this returns the same answer
 * and only spends its rate limit. A third of its cycle still shows a change within ~5 s of it landing.
 */
export const SLOW_UPSTREAM_FLOOR_MS = 5_000;
/** With nothing to follow, the chores (interrupted submits, lost answers, missing images, abandoned dialogs) run this often; a wake runs them sooner. */
export const IDLE_PASS_MS = 5_000;

export interface PolledTask {
  lastSyncedAt: Date | null;
  /** Stands in for "last heard" while a task was never observed. */
  submittedAt: Date;
}

export interface PollContext {
  now: number;
  /** When the last valid callback arrived from the upstream in use (null: none, or the upstream changed). */
  lastCallbackAt: number | null;
  /** The upstream refreshes slowly (the aggregator profile). */
  slowUpstream: boolean;
  /** TRACKER_INTERVAL_MS: the pace of batched reads while nothing calls back. */
  intervalMs: number;
}

export function callbacksAlive(ctx: PollContext): boolean {
  return ctx.lastCallbackAt !== null && ctx.now - ctx.lastCallbackAt < CALLBACKS_ALIVE_MS;
}

/** How long a task must have gone unheard before a pass reads it. */
export function quietBeforeReadMs(ctx: PollContext): number {
  return Math.max(callbacksAlive(ctx) ? SILENT_AFTER_MS : 0, ctx.slowUpstream ? SLOW_UPSTREAM_FLOOR_MS : 0);
}

function lastHeardAt(task: PolledTask): number {
  return (task.lastSyncedAt ?? task.submittedAt).getTime();
}

/** The tasks this pass reads (in one batched call): all of them without callbacks, else the silent ones. */
export function tasksToRead<T extends PolledTask>(tasks: readonly T[], ctx: PollContext): T[] {
  const quiet = quietBeforeReadMs(ctx);
  return tasks.filter((task) => ctx.now - lastHeardAt(task) >= quiet);
}

/**
 * Delay until the next pass, once a pass has run (the backoff decides instead while the upstream fails): the
 * interval while every task is read each pass; otherwise when the next task falls due, never sooner than the
 * interval and never later than the chores' pace.
 */
export function nextPassDelayMs(tasks: readonly PolledTask[], ctx: PollContext): number {
  if (tasks.length === 0) return Math.max(IDLE_PASS_MS, ctx.intervalMs);
  const quiet = quietBeforeReadMs(ctx);
  if (quiet === 0) return ctx.intervalMs;
  const firstDue = Math.min(...tasks.map((task) => lastHeardAt(task) + quiet));
  return Math.min(Math.max(firstDue - ctx.now, ctx.intervalMs), Math.max(IDLE_PASS_MS, ctx.intervalMs));
}
