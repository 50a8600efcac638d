import { describe, expect, it } from "vitest";

import {
  callbacksAlive,
  IDLE_PASS_MS,
  nextPassDelayMs,
  type PollContext,
  quietBeforeReadMs,
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
  ...over,
});
const task = (id: string, lastSyncedMsAgo: number | null, submittedMsAgo = 60_000) => ({
  id,
  lastSyncedAt: lastSyncedMsAgo === null ? null : ago(lastSyncedMsAgo),
  submittedAt: ago(submittedMsAgo),
});

const heardJustNow = task("heard-now", 500);
const heard4sAgo = task("heard-4s", 4_000);
const silent12s = task("silent-12s", 12_000);
const neverObservedNew = task("new", null, 2_000);
const neverObservedOld = task("new-but-silent", null, 15_000);
const all = [heardJustNow, heard4sAgo, silent12s, neverObservedNew, neverObservedOld];
const ids = (tasks: { id: string }[]) => tasks.map((t) => t.id);

describe("callbacks alive", () => {
  it.each([
    [null, false],
    [1_000, true],
    [59_000, true],
    [60_000, false],
    [5 * 60_000, false],
  ])("last callback %s ms ago → %s", (msAgo, alive) => {
    expect(callbacksAlive(ctx({ lastCallbackAt: msAgo === null ? null : NOW - msAgo }))).toBe(alive);
  });
});

describe("which tasks a pass reads", () => {
  it("without callbacks: every tracked task, every pass (one batched read)", () => {
    expect(ids(tasksToRead(all, ctx()))).toEqual(ids(all));
  });
  it("with callbacks alive: only tasks not heard from for the safety-net time, by read, callback or submit", () => {
    expect(ids(tasksToRead(all, ctx({ lastCallbackAt: NOW - 2_000 })))).toEqual([
      "silent-12s",
      "new-but-silent",
    ]);
  });
  it("the aggregator without callbacks: no task read twice within its floor", () => {
    expect(ids(tasksToRead(all, ctx({ slowUpstream: true })))).toEqual(["silent-12s", "new-but-silent"]);
    expect(ids(tasksToRead([task("6s", 6_000), task("4s", 4_000)], ctx({ slowUpstream: true })))).toEqual([
      "6s",
    ]);
  });
  it.each([
    [false, false, 0],
    [true, false, SILENT_AFTER_MS],
    [false, true, SLOW_UPSTREAM_FLOOR_MS],
    [true, true, SILENT_AFTER_MS],
  ])("callbacks %s, slow upstream %s → quiet %s ms before a read", (alive, slowUpstream, quiet) => {
    expect(quietBeforeReadMs(ctx({ slowUpstream, lastCallbackAt: alive ? NOW - 1_000 : null }))).toBe(quiet);
  });
});

describe("when the next pass runs", () => {
  it("nothing tracked: only the chores, at their slow pace", () => {
    expect(nextPassDelayMs([], ctx())).toBe(IDLE_PASS_MS);
    expect(nextPassDelayMs([], ctx({ lastCallbackAt: NOW - 1_000 }))).toBe(IDLE_PASS_MS);
  });
  it("without callbacks: every interval", () => {
    expect(nextPassDelayMs(all, ctx())).toBe(1_000);
    expect(nextPassDelayMs(all, ctx({ intervalMs: 400 }))).toBe(400);
  });
  it("with callbacks alive: when the first task falls silent, within the interval and the chores' pace", () => {
    const alive = ctx({ lastCallbackAt: NOW - 1_000 });
    // Heard 8 s ago: due in 2 s.
    expect(nextPassDelayMs([task("a", 8_000), heardJustNow], alive)).toBe(2_000);
    // Already due: not sooner than the interval.
    expect(nextPassDelayMs([silent12s], alive)).toBe(1_000);
    // Heard just now: due in 9.5 s, but the chores run within 5 s.
    expect(nextPassDelayMs([heardJustNow], alive)).toBe(IDLE_PASS_MS);
  });
  it("the aggregator: a task read 1 s ago is read again after the floor", () => {
    expect(nextPassDelayMs([task("a", 1_000)], ctx({ slowUpstream: true }))).toBe(
      SLOW_UPSTREAM_FLOOR_MS - 1_000,
    );
  });
  it("an interval longer than the idle pace is kept", () => {
    expect(nextPassDelayMs([], ctx({ intervalMs: 8_000 }))).toBe(8_000);
  });
});
