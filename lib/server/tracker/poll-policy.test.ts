import { describe, expect, it } from "vitest";

import type { TaskStatus } from "@/lib/schemas/task";

import {
  callbacksAlive,
  IDLE_PASS_MS,
  MAX_READ_GAP_MS,
  nextPassDelayMs,
  NOT_STARTED_GAP_MS,
  type PolledTask,
  type PollContext,
  readGapMs,
  SILENT_AFTER_MS,
  SLOW_UPSTREAM_FLOOR_MS,
  tasksToRead,
} from "./poll-policy";

const NOW = Date.UTC(2026, 0, 1, 12, 0, 0);
const ago = (ms: number) => new Date(NOW - ms);
const ctx = (over: Partial<PollContext> = {}): PollContext => ({
  now: NOW,
  lastCallbackAt: null,
  slowUpstream: false,
  intervalMs: 1_000,
  batchedReads: true,
  ...over,
});
const alive = (over: Partial<PollContext> = {}) => ctx({ lastCallbackAt: NOW - 2_000, ...over });

interface T extends PolledTask {
  id: string;
}
const task = (id: string, lastSyncedMsAgo: number | null, over: Partial<PolledTask> = {}): T => ({
  id,
  status: "submitted",
  progress: 0,
  startedAt: null,
  lastSyncedAt: lastSyncedMsAgo === null ? null : ago(lastSyncedMsAgo),
  submittedAt: ago(60_000),
  ...over,
});
/** A running job `startedMsAgo` in, at `progress` %. */
const running = (id: string, lastSyncedMsAgo: number, progress: number, startedMsAgo: number) =>
  task(id, lastSyncedMsAgo, { status: "running", progress, startedAt: ago(startedMsAgo) });
const ids = (tasks: { id: string }[]) => tasks.map((t) => t.id);

describe("callbacks alive", () => {
  it.each([
    [null, false],
    [1_000, true],
    [59_000, true],
    [60_000, false],
    [5 * 60_000, false],
  ])("last callback %s ms ago → %s", (msAgo, isAlive) => {
    expect(callbacksAlive(ctx({ lastCallbackAt: msAgo === null ? null : NOW - msAgo }))).toBe(isAlive);
  });
});

describe("how long a task may go unheard", () => {
  it.each<[string, T, number]>([
    ["queued: nothing moves until it starts", task("q", 0, { status: "queued" }), MAX_READ_GAP_MS],
    ["in a dialog: waits for a person", task("m", 0, { status: "modal" }), MAX_READ_GAP_MS],
    ["submitted, no progress yet", task("s", 0), NOT_STARTED_GAP_MS],
    ["running without a start time", task("r", 0, { status: "running", progress: 40 }), NOT_STARTED_GAP_MS],
    // 2 s in at 15 %: about 11 s to go, so half of it, capped.
    ["early in a job", running("early", 0, 15, 2_000), MAX_READ_GAP_MS],
    // 6 s in at 62 %: about 3.7 s to go → read again in ~1.8 s.
    ["past the middle", running("mid", 0, 62, 6_000), (6_000 * 38) / 62 / 2],
    // 9 s in at 93 %: well under a second to go → every interval.
    ["about to finish", running("end", 0, 93, 9_000), 1_000],
  ])("without callbacks, %s", (_label, t, gap) => {
    expect(readGapMs(t, ctx())).toBeCloseTo(gap, 5);
  });

  it("with callbacks alive, every task gets the safety-net time, whatever its progress", () => {
    expect(readGapMs(running("end", 0, 93, 9_000), alive())).toBe(SILENT_AFTER_MS);
    expect(readGapMs(task("s", 0), alive())).toBe(SILENT_AFTER_MS);
  });

  it("the aggregator's floor and the interval are never undercut", () => {
    expect(readGapMs(running("end", 0, 93, 9_000), ctx({ slowUpstream: true }))).toBe(SLOW_UPSTREAM_FLOOR_MS);
    // 9 s in at 80 %: ~2.25 s to go → 1.125 s, above a 400 ms interval.
    expect(readGapMs(running("late", 0, 80, 9_000), ctx({ intervalMs: 400 }))).toBeCloseTo(1_125, 5);
    expect(readGapMs(running("end", 0, 99, 9_000), ctx({ intervalMs: 400 }))).toBe(400);
  });
});

describe("which tasks a pass reads", () => {
  it("nothing while no task is due", () => {
    expect(tasksToRead([task("s", 1_000), running("early", 1_000, 15, 2_000)], ctx())).toEqual([]);
  });

  it("once one task is due, every tracked task in the same batched call", () => {
    const tasks = [
      task("due", 2_500),
      task("q", 500, { status: "queued" }),
      running("early", 500, 15, 2_000),
    ];
    expect(ids(tasksToRead(tasks, ctx()))).toEqual(["due", "q", "early"]);
  });

  it("read task by task (no batched list), only the due ones", () => {
    const tasks = [task("due", 2_500), task("q", 500, { status: "queued" })];
    expect(ids(tasksToRead(tasks, ctx({ batchedReads: false })))).toEqual(["due"]);
  });

  it("with callbacks alive, only when one has been silent for the safety-net time", () => {
    expect(tasksToRead([task("heard", 4_000), running("end", 9_000, 93, 9_000)], alive())).toEqual([]);
    const withSilent = [task("heard", 4_000), task("silent", 12_000)];
    expect(ids(tasksToRead(withSilent, alive()))).toEqual(["heard", "silent"]);
  });

  it("a task never observed counts from its submit", () => {
    const fresh = task("fresh", null, { submittedAt: ago(500) });
    const old = task("old", null, { submittedAt: ago(15_000) });
    expect(tasksToRead([fresh], alive())).toEqual([]);
    expect(ids(tasksToRead([fresh, old], alive()))).toEqual(["fresh", "old"]);
  });

  it("the aggregator: even in a batch, no task is read twice within its floor", () => {
    const tasks = [task("6s", 6_000), task("4s", 4_000)];
    expect(ids(tasksToRead(tasks, ctx({ slowUpstream: true })))).toEqual(["6s"]);
  });
});

describe("when the next pass runs", () => {
  it("nothing tracked: only the chores, at their slow pace", () => {
    expect(nextPassDelayMs([], ctx())).toBe(IDLE_PASS_MS);
    expect(nextPassDelayMs([], alive())).toBe(IDLE_PASS_MS);
  });

  it("when the first task falls due", () => {
    // Submitted, read 0.5 s ago: due in 1.5 s.
    expect(nextPassDelayMs([task("s", 500), running("early", 0, 15, 2_000)], ctx())).toBe(1_500);
    // Callbacks alive, heard 8 s ago: due in 2 s.
    expect(nextPassDelayMs([task("a", 8_000), task("b", 500)], alive())).toBe(2_000);
  });

  it("never sooner than the interval, never later than the chores' pace", () => {
    expect(nextPassDelayMs([task("overdue", 20_000)], ctx())).toBe(1_000);
    expect(nextPassDelayMs([task("heard", 500)], alive())).toBe(IDLE_PASS_MS);
    expect(nextPassDelayMs([], ctx({ intervalMs: 8_000 }))).toBe(8_000);
  });

  it("the aggregator: a task read 1 s ago is read again after the floor", () => {
    expect(nextPassDelayMs([task("a", 1_000)], ctx({ slowUpstream: true }))).toBe(
      SLOW_UPSTREAM_FLOOR_MS - 1_000,
    );
  });

  it.each<[TaskStatus, number]>([
    ["queued", MAX_READ_GAP_MS],
    ["modal", MAX_READ_GAP_MS],
  ])("a %s task alone is looked at after %s ms", (status, delay) => {
    expect(nextPassDelayMs([task("x", 0, { status })], ctx())).toBe(delay);
  });
});
