import "server-only";

import { describe, expect, it } from "vitest";

import {
  advanceTasks,
  decideAdmission,
  endTime,
  previewShownSince,
  reachedProgress,
  shouldNotify,
  stateAt,
} from "./lifecycle";
import { makeTask } from "./test-fixtures";

const started = (id: string, startTime: number, extra = {}) =>
  makeTask(id, { status: "SUBMITTED", progress: "0%", startTime, queuedAt: startTime, ...extra });

describe("stateAt", () => {
  const task = started("1", 1000);

  it("walks SUBMITTED → IN_PROGRESS (rising, jumpy) → SUCCESS", () => {
    expect(stateAt(task, 1000)).toMatchObject({ status: "SUBMITTED", progress: "0%" });
    const seen: number[] = [];
    for (let t = 1120; t < 2000; t += 40) {
      const s = stateAt(task, t);
      expect(s.status).toBe("IN_PROGRESS");
      seen.push(Number.parseInt(s.progress ?? "", 10));
    }
    expect(seen[0]).toBeGreaterThanOrEqual(15);
    expect(seen.at(-1)).toBeGreaterThanOrEqual(93);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
    expect(new Set(seen).size).toBe(6);
    expect(stateAt(task, 2000)).toEqual({
      status: "SUCCESS",
      progress: "100%",
      finishTime: 2000,
      failReason: null,
    });
    expect(stateAt(task, 99_999).finishTime).toBe(2000);
  });

  it("shows a new preview (a new link time) at each progress step, the same one within a step", () => {
    // 1000 ms run from t=1000: SUBMITTED until 1120, then six steps of ~147 ms.
    const since = (t: number) => previewShownSince(task, t);
    expect(since(1130)).toBe(1120);
    expect(since(1260)).toBe(1120);
    expect(since(1270)).toBe(1267);
    const perStep = new Set<number | null>();
    for (let t = 1120; t < 2000; t += 10) perStep.add(since(t));
    expect(perStep.size).toBe(6);
    // Stopped tasks keep the preview of the step they stopped in.
    expect(previewShownSince({ ...task, finishTime: 1300 }, 99_999)).toBe(since(1300));
    expect(previewShownSince({ ...task, startTime: null }, 1500)).toBeNull();
  });

  it("fails at the planned point with an empty progress", () => {
    const failing = started("2", 0, {
      plan: { outcome: "failure", reason: "[Invalid parameter] x", atFraction: 0.05 },
    });
    expect(stateAt(failing, 49).status).toBe("SUBMITTED");
    expect(stateAt(failing, 50)).toEqual({
      status: "FAILURE",
      progress: "",
      finishTime: 50,
      failReason: "[Invalid parameter] x",
    });
    expect(endTime(failing)).toBe(50);
  });
});

describe("advanceTasks", () => {
  it("starts a new task immediately when a slot is free", () => {
    const changed = advanceTasks([makeTask("a", { queuedAt: 500 })], 500, 3);
    expect(changed).toHaveLength(1);
    expect(changed[0]).toMatchObject({ id: "a", status: "SUBMITTED", startTime: 500, progress: "0%" });
  });

  it("hands a slot to the next queued task exactly when it frees, even long after", () => {
    const tasks = [started("a", 0), makeTask("b", { queuedAt: 100 }), makeTask("c", { queuedAt: 200 })];
    // Concurrency 1, 1 s runs, evaluated 10 s later (e.g. after a restart).
    const changed = advanceTasks(tasks, 10_000, 1);
    const byId = Object.fromEntries(changed.map((t) => [t.id, t]));
    expect(byId.a).toMatchObject({ status: "SUCCESS", finishTime: 1000 });
    expect(byId.b).toMatchObject({ status: "SUCCESS", startTime: 1000, finishTime: 2000 });
    expect(byId.c).toMatchObject({ status: "SUCCESS", startTime: 2000, finishTime: 3000 });
  });

  it("keeps tasks queued while every slot is busy", () => {
    const tasks = [started("a", 0), started("b", 100), makeTask("c", { queuedAt: 150 })];
    const changed = advanceTasks(tasks, 500, 2);
    expect(changed.find((t) => t.id === "c")).toBeUndefined();
    expect(advanceTasks(tasks, 1000, 2).find((t) => t.id === "c")).toMatchObject({
      startTime: 1000,
      status: "SUBMITTED",
    });
  });

  it("reports nothing when nothing visible changed", () => {
    const task = { ...started("a", 0), ...stateAt(started("a", 0), 10) };
    expect(advanceTasks([task], 20, 3)).toEqual([]);
  });

  it("ignores MODAL and terminal tasks", () => {
    const tasks = [
      makeTask("m", { status: "MODAL", queuedAt: null }),
      makeTask("s", { status: "SUCCESS", startTime: 0 }),
    ];
    expect(advanceTasks(tasks, 5000, 3)).toEqual([]);
  });

  it("gives the same result whether evaluated once or step by step", () => {
    // As after the submits: "a" took the slot at 0, "b" and "c" wait behind it.
    const initial = [started("a", 0), makeTask("b", { queuedAt: 0 }), makeTask("c", { queuedAt: 10 })];
    const once = advanceTasks(initial, 5000, 1);
    expect(once.map((t) => [t.id, t.status, t.startTime])).toEqual([
      ["a", "SUCCESS", 0],
      ["b", "SUCCESS", 1000],
      ["c", "SUCCESS", 2000],
    ]);
    let current = initial;
    for (let t = 0; t <= 5000; t += 137) {
      const changed = new Map(advanceTasks(current, t, 1).map((c) => [c.id, c]));
      current = current.map((c) => changed.get(c.id) ?? c);
    }
    const final = new Map(advanceTasks(current, 5000, 1).map((c) => [c.id, c]));
    current = current.map((c) => final.get(c.id) ?? c);
    for (const task of once) {
      expect(current.find((c) => c.id === task.id)).toMatchObject({
        status: task.status,
        startTime: task.startTime,
        finishTime: task.finishTime,
      });
    }
  });
});

describe("decideAdmission", () => {
  const settings = { concurrency: 3, queueSize: 2 };
  const running = (n: number) => Array.from({ length: n }, (_, i) => started(`r${i}`, 0));
  const waiting = (n: number) => Array.from({ length: n }, (_, i) => makeTask(`w${i}`));

  it("starts when a slot is free (code 1)", () => {
    expect(decideAdmission(running(2), settings)).toEqual({ kind: "start" });
  });

  it("queues with a 1-based position when all slots are busy (code 22)", () => {
    expect(decideAdmission(running(3), settings)).toEqual({ kind: "queue", position: 1 });
    expect(decideAdmission([...running(3), ...waiting(1)], settings)).toEqual({ kind: "queue", position: 2 });
  });

  it("rejects when running + waiting are full (code 23)", () => {
    expect(decideAdmission([...running(3), ...waiting(2)], settings)).toEqual({ kind: "full" });
    expect(decideAdmission(running(3), { concurrency: 3, queueSize: 0 })).toEqual({ kind: "full" });
  });
});

describe("notifications and progress helpers", () => {
  it("notifies on status or progress changes of visible states only", () => {
    expect(
      shouldNotify({ status: "NOT_START", progress: null }, { status: "SUBMITTED", progress: "0%" }),
    ).toBe(true);
    expect(
      shouldNotify({ status: "IN_PROGRESS", progress: "15%" }, { status: "IN_PROGRESS", progress: "31%" }),
    ).toBe(true);
    expect(
      shouldNotify({ status: "IN_PROGRESS", progress: "31%" }, { status: "IN_PROGRESS", progress: "31%" }),
    ).toBe(false);
    expect(shouldNotify({ status: "MODAL", progress: null }, { status: "NOT_START", progress: null })).toBe(
      false,
    );
  });

  it("knows whether a task got past SUBMITTED", () => {
    expect(reachedProgress(started("a", 0))).toBe(false);
    expect(reachedProgress(makeTask("b", { status: "FAILURE", startTime: 0, finishTime: 50 }))).toBe(false);
    expect(reachedProgress(makeTask("c", { status: "FAILURE", startTime: 0, finishTime: 500 }))).toBe(true);
  });
});
