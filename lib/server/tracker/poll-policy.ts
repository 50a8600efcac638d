import "server-only";

import type { TaskStatus } from "@/lib/schemas/task";

// Which tracked tasks a pass reads from the upstream, and when the next pass runs. Pure, so the rules are
// table-tested (poll-policy.test.ts). Callbacks are the main path; reads are the safety net under them.
//
// What costs money and rate limit is the number of upstream CALLS, not of tasks read: one list-by-condition call
// reads every tracked task at once. So a pass runs when some task is due, and then reads all of them in that one
// call (every clock restarts together, which keeps later passes shared too). Only an upstream without the batched
// list, read task by task, gets just the due ones.

/** A valid callback within this long means the upstream calls back: only silent tasks need reading. */
export const CALLBACKS_ALIVE_MS = 60_000;
/**
 * With callbacks alive, a task not heard from (callback or read) for this long is read: callbacks are sent once,
 * never retried (mj-api.md 10), so a lost one must not leave a task behind for more than a few seconds extra.
 */
export const SILENT_AFTER_MS = 10_000;
/**
 * Without callbacks, the longest a task goes unread. Early in a job nothing the user waits for happens (the
 * progress bar moves), so reads are spaced up to this; near a job's estimated end they come every interval, so a
 * finished image still shows about a second after Midjourney is done.
 */
export const MAX_READ_GAP_MS = 5_000;
/**
 * Without callbacks, a task that has not shown progress yet (SUBMITTED: Midjourney has it but sent no progress
 * message) is read this often: its first progress is what the end estimate needs.
 */
export const NOT_STARTED_GAP_MS = 2_000;
/**
 * The aggregator (new-api, authStyle "bearer") refreshes a task from its own upstream only every 15 s and strips
 * our notifyHook (mj-api.md 6.1, 7.3 "AGG" and 10 "AGG"): reading it more often than this returns the same answer
 * and only spends its rate limit. A third of its cycle still shows a change within ~5 s of it landing.
 */
export const SLOW_UPSTREAM_FLOOR_MS = 5_000;
/** With nothing to follow, the chores (interrupted submits, lost answers, missing images, abandoned dialogs) run this often; a wake runs them sooner. */
export const IDLE_PASS_MS = 5_000;

export interface PolledTask {
  status: TaskStatus;
  /** 0–100, as last observed. */
  progress: number | null;
  /** When the upstream started the job (its startTime), if known. */
  startedAt: Date | null;
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
  /** TRACKER_INTERVAL_MS: the shortest gap between two reads of a task. */
  intervalMs: number;
  /** Reads are one batched call for any number of tasks (false once the upstream refused list-by-condition). */
  batchedReads: boolean;
}

export function callbacksAlive(ctx: PollContext): boolean {
  return ctx.lastCallbackAt !== null && ctx.now - ctx.lastCallbackAt < CALLBACKS_ALIVE_MS;
}

function lastHeardAt(task: PolledTask): number {
  return (task.lastSyncedAt ?? task.submittedAt).getTime();
}

/**
 * Without callbacks: how long after the last read a job is worth reading again. A running job's end is estimated
 * from its progress so far (elapsed × remaining share ÷ done share); reading again at half the estimated remaining
 * time converges on the end without reading every second through the whole job.
 */
function progressGapMs(task: PolledTask, ctx: PollContext): number {
  if (task.status === "queued" || task.status === "modal") return MAX_READ_GAP_MS;
  const progress = task.progress ?? 0;
  if (task.status !== "running" || progress <= 0 || progress >= 100 || !task.startedAt)
    return NOT_STARTED_GAP_MS;
  const elapsed = Math.max(0, ctx.now - task.startedAt.getTime());
  const remaining = (elapsed * (100 - progress)) / progress;
  return Math.min(MAX_READ_GAP_MS, remaining / 2);
}

/** How long a task may go unheard before a pass reads it. */
export function readGapMs(task: PolledTask, ctx: PollContext): number {
  const gap = callbacksAlive(ctx) ? SILENT_AFTER_MS : progressGapMs(task, ctx);
  return Math.max(gap, ctx.intervalMs, ctx.slowUpstream ? SLOW_UPSTREAM_FLOOR_MS : 0);
}

function dueAt(task: PolledTask, ctx: PollContext): number {
  return lastHeardAt(task) + readGapMs(task, ctx);
}

/** The tasks this pass reads: none until one is due; then all of them in one batched call (or the due ones). */
export function tasksToRead<T extends PolledTask>(tasks: readonly T[], ctx: PollContext): T[] {
  const due = tasks.filter((task) => dueAt(task, ctx) <= ctx.now);
  if (due.length === 0 || !ctx.batchedReads) return due;
  // The aggregator's floor still holds for every task in the batch: one read just now would be wasted.
  const floor = ctx.slowUpstream ? SLOW_UPSTREAM_FLOOR_MS : 0;
  return tasks.filter((task) => ctx.now - lastHeardAt(task) >= floor);
}

/**
 * Delay until the next pass, once a pass has run (the backoff decides instead while the upstream fails): when
 * the first task falls due, never sooner than the interval and never later than the chores' pace.
 */
export function nextPassDelayMs(tasks: readonly PolledTask[], ctx: PollContext): number {
  const idle = Math.max(IDLE_PASS_MS, ctx.intervalMs);
  if (tasks.length === 0) return idle;
  const firstDue = Math.min(...tasks.map((task) => dueAt(task, ctx)));
  return Math.min(Math.max(firstDue - ctx.now, ctx.intervalMs), idle);
}
