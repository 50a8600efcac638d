import "server-only";

import { hashString } from "./ids";
import type { SimSettings, SimStatus, SimTask } from "./types";

// Pure lifecycle: a task's state is a function of its start time, its fixed duration and its plan, so it can be
// recomputed at any moment (after a restart too) and gives the same answer.

/** Share of the run spent in SUBMITTED before Midjourney's first progress message. */
export const SUBMITTED_SHARE = 0.12;
/** Midjourney's progress jumps (mj-api.md 7.2). */
const PROGRESS_STEPS = [15, 31, 46, 62, 78, 93];

export const TERMINAL: ReadonlySet<SimStatus> = new Set(["SUCCESS", "FAILURE", "CANCEL"]);
const RUNNING: ReadonlySet<SimStatus> = new Set(["SUBMITTED", "IN_PROGRESS"]);
const NOTIFIABLE: ReadonlySet<SimStatus> = new Set([
  "SUBMITTED",
  "IN_PROGRESS",
  "SUCCESS",
  "FAILURE",
  "CANCEL",
]);

export interface TaskState {
  status: SimStatus;
  progress: string | null;
  finishTime: number | null;
  failReason: string | null;
}

/** When a started task leaves its slot. */
export function endTime(task: Pick<SimTask, "startTime" | "durationMs" | "plan">): number {
  const start = task.startTime ?? 0;
  const share = task.plan.outcome === "failure" ? task.plan.atFraction : 1;
  return start + Math.round(task.durationMs * share);
}

function stepAt(fraction: number): number {
  return Math.min(PROGRESS_STEPS.length - 1, Math.max(0, Math.floor(fraction * PROGRESS_STEPS.length)));
}

function progressAt(taskId: string, fraction: number): string {
  const step = stepAt(fraction);
  // A per-task wobble of 0–2 points keeps values Midjourney-like without ever going backwards.
  const wobble = hashString(`${taskId}:${step}`) % 3;
  return `${(PROGRESS_STEPS[step] ?? 0) + wobble}%`;
}

/** State of a started task at `now`. */
export function stateAt(task: SimTask, now: number): TaskState {
  if (task.startTime === null)
    return { status: task.status, progress: task.progress, finishTime: null, failReason: null };
  const elapsed = now - task.startTime;
  const duration = task.durationMs;
  if (task.plan.outcome === "failure" && now >= endTime(task)) {
    return { status: "FAILURE", progress: "", finishTime: endTime(task), failReason: task.plan.reason };
  }
  if (elapsed >= duration) {
    return { status: "SUCCESS", progress: "100%", finishTime: task.startTime + duration, failReason: null };
  }
  const submittedFor = duration * SUBMITTED_SHARE;
  if (elapsed < submittedFor)
    return { status: "SUBMITTED", progress: "0%", finishTime: null, failReason: null };
  const fraction = (elapsed - submittedFor) / (duration - submittedFor);
  return {
    status: "IN_PROGRESS",
    progress: progressAt(task.id, fraction),
    finishTime: null,
    failReason: null,
  };
}

/**
 * When the progress preview a started task shows (at `now`, or where it stopped) appeared: the start of its
 * progress step. Every step is an edit of Midjourney's message with a new attachment, so a new preview link
 * (mj-api.md 7), and a studio that downloads each new preview downloads one per step, as with a real proxy.
 */
export function previewShownSince(
  task: Pick<SimTask, "startTime" | "finishTime" | "durationMs">,
  now: number,
): number | null {
  if (task.startTime === null) return null;
  const submittedFor = task.durationMs * SUBMITTED_SHARE;
  const running = task.durationMs - submittedFor;
  const at = Math.min(now, task.finishTime ?? now);
  const step = stepAt((at - task.startTime - submittedFor) / running);
  return task.startTime + Math.round(submittedFor + (step / PROGRESS_STEPS.length) * running);
}

/** True when the task got past SUBMITTED, i.e. Midjourney showed a preview and a message hash. */
export function reachedProgress(task: SimTask): boolean {
  if (task.status === "IN_PROGRESS" || task.status === "SUCCESS") return true;
  if (task.startTime === null) return false;
  const stoppedAt = task.finishTime ?? task.startTime;
  return stoppedAt - task.startTime >= task.durationMs * SUBMITTED_SHARE;
}

/**
 * The earliest moment after `now` at which a started task ends (succeeds or fails), or null when none will. A
 * queued task starts exactly when a running one ends, so the running tasks' ends are all the deadlines there are.
 */
export function nextEndAfter(tasks: readonly SimTask[], now: number): number | null {
  let next: number | null = null;
  for (const task of tasks) {
    if (task.startTime === null || TERMINAL.has(task.status) || task.status === "MODAL") continue;
    const end = endTime(task);
    if (end > now && (next === null || end < next)) next = end;
  }
  return next;
}

function queueOrder(a: SimTask, b: SimTask): number {
  return (a.queuedAt ?? 0) - (b.queuedAt ?? 0) || a.id.localeCompare(b.id);
}

/**
 * Assigns start times to queued tasks as slots free up and moves every started task to its state at `now`.
 * A queued task starts exactly when the slot it waits for freed, even if that was long ago (server down).
 * Returns only the tasks that changed, as new objects.
 */
export function advanceTasks(tasks: readonly SimTask[], now: number, concurrency: number): SimTask[] {
  const slots = Math.max(1, concurrency);
  const running = tasks.filter(
    (t) => t.startTime !== null && !TERMINAL.has(t.status) && t.status !== "MODAL",
  );
  const queued = tasks.filter((t) => t.status === "NOT_START" && t.startTime === null).sort(queueOrder);
  const ends = running.map(endTime).sort((a, b) => a - b);
  const starts = new Map<string, number>();
  let lastStart = -Infinity;

  for (const task of queued) {
    let start: number;
    if (ends.length < slots) {
      // A slot that was already free when this pass began (cancel, raised concurrency): its time is unknown,
      // so the task starts now.
      start = Math.max(task.queuedAt ?? now, now);
    } else {
      start = Math.max(ends.shift() ?? now, task.queuedAt ?? now);
    }
    // FIFO: nobody starts before the task queued ahead of it.
    start = Math.max(start, lastStart);
    if (start > now) break;
    lastStart = start;
    starts.set(task.id, start);
    const started = { ...task, startTime: start };
    const end = endTime(started);
    const at = ends.findIndex((e) => e > end);
    ends.splice(at === -1 ? ends.length : at, 0, end);
  }

  const changed: SimTask[] = [];
  for (const task of tasks) {
    const start = starts.get(task.id);
    if (
      start === undefined &&
      (task.startTime === null || TERMINAL.has(task.status) || task.status === "MODAL")
    )
      continue;
    const base = start === undefined ? task : { ...task, startTime: start };
    const next = stateAt(base, now);
    if (start !== undefined || next.status !== task.status || next.progress !== task.progress) {
      changed.push({ ...base, ...next });
    }
  }
  return changed;
}

export type Admission = { kind: "start" } | { kind: "queue"; position: number } | { kind: "full" };

/**
 * Decides the submit code for one more task given the active tasks (already advanced to now):
 * a free slot → 1, room in the wait queue → 22 (position = waiting + 1), otherwise 23.
 */
export function decideAdmission(
  active: readonly SimTask[],
  settings: Pick<SimSettings, "concurrency" | "queueSize">,
): Admission {
  const running = active.filter((t) => RUNNING.has(t.status)).length;
  const waiting = active.filter((t) => t.status === "NOT_START").length;
  if (running < Math.max(1, settings.concurrency) && waiting === 0) return { kind: "start" };
  if (waiting >= settings.queueSize) return { kind: "full" };
  return { kind: "queue", position: waiting + 1 };
}

/** notifyHook fires when the visible status or progress of an event-worthy state changed. */
export function shouldNotify(
  before: Pick<SimTask, "status" | "progress">,
  after: Pick<SimTask, "status" | "progress">,
): boolean {
  if (!NOTIFIABLE.has(after.status)) return false;
  return before.status !== after.status || before.progress !== after.progress;
}
