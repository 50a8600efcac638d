import "server-only";

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { buildImagineTask } from "./builders";
import { createEngine } from "./engine";
import { openStore, type SimStore } from "./store";
import type { SimSettings, SimTask } from "./types";

const settings: SimSettings = {
  profile: "native",
  durationMs: 1000,
  concurrency: 1,
  queueSize: 1,
  numericResult: false,
  outage: false,
  garbage: false,
  loseNextSubmitAnswers: 0,
  remix: false,
  imageTtlSeconds: 60,
  ignoreNotifyHook: false,
  uploadImages: true,
  editor: true,
  billing: false,
  video: true,
};

const imagine = (prompt: string) => (id: string, now: number) =>
  buildImagineTask(
    { prompt, botType: "MID_JOURNEY", referenceCount: 0, notifyHook: "http://hook", state: null },
    id,
    now,
    1000,
  );

describe("engine", () => {
  let dir: string;
  let store: SimStore;
  let clock = 0;
  let rendered: string[];
  const transitions: Array<[string, string, string | null]> = [];

  const engineFor = (s: SimStore, render?: () => Promise<void>) =>
    createEngine({
      store: s,
      settings: () => settings,
      now: () => clock,
      render: render ?? (async (_dir, taskId) => void rendered.push(taskId)),
      onTransition: (t: SimTask) => transitions.push([t.id, t.status, t.progress]),
    });

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "sim-engine-"));
    store = openStore(dir);
    clock = 1_730_000_000_000;
    rendered = [];
    transitions.length = 0;
  });
  afterEach(() => {
    store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("admits, queues and rejects by capacity without storing rejected tasks", async () => {
    const engine = engineFor(store);
    const first = await engine.admit(imagine("one"));
    const second = await engine.admit(imagine("two"));
    const third = await engine.admit(imagine("three"));
    expect(first.admission).toEqual({ kind: "start" });
    expect(first.task).toMatchObject({
      status: "SUBMITTED",
      progress: "0%",
      startTime: clock,
      submitDescription: "Submit success",
    });
    expect(first.task?.id).toMatch(/^\d{16}$/);
    expect(second.admission).toEqual({ kind: "queue", position: 1 });
    expect(second.task).toMatchObject({
      status: "NOT_START",
      progress: null,
      submitDescription: "排队中，前面还有1个任务",
    });
    expect(third).toEqual({ admission: { kind: "full" }, task: null });
    expect(store.listRecent(10)).toHaveLength(2);
  });

  it("continues after a restart and finishes tasks from wall-clock time", async () => {
    const engine = engineFor(store);
    const a = await engine.admit(imagine("a"));
    const b = await engine.admit(imagine("b"));
    store.close();

    clock += 60_000;
    store = openStore(dir);
    const restarted = engineFor(store);
    await restarted.sync();
    const [ta, tb] = store.getMany([a.task!.id, b.task!.id]);
    expect(ta).toMatchObject({ status: "SUCCESS", progress: "100%", finishTime: ta!.startTime! + 1000 });
    expect(tb).toMatchObject({
      status: "SUCCESS",
      startTime: ta!.finishTime,
      finishTime: ta!.finishTime! + 1000,
    });
    expect(rendered).toEqual(expect.arrayContaining([a.task!.id, b.task!.id]));
  });

  it("knows when the next running task ends, so the background tick can wake right then", async () => {
    const engine = engineFor(store);
    const start = clock;
    expect(engine.nextEnd()).toBeNull();
    await engine.admit(imagine("a"));
    await engine.admit(imagine("b")); // queued behind "a" (one slot)
    expect(engine.nextEnd()).toBe(start + 1000);
    clock = start + 1000;
    await engine.sync();
    expect(engine.nextEnd()).toBe(start + 2000);
    clock = start + 2000;
    await engine.sync();
    expect(engine.nextEnd()).toBeNull();
  });

  it("reports each visible transition once, in order", async () => {
    const engine = engineFor(store);
    const { task } = await engine.admit(imagine("fox"));
    for (let i = 0; i < 12; i++) {
      clock += 100;
      await engine.sync();
    }
    const mine = transitions.filter(([id]) => id === task!.id);
    expect(mine[0]).toEqual([task!.id, "SUBMITTED", "0%"]);
    expect(mine.at(-1)).toEqual([task!.id, "SUCCESS", "100%"]);
    const progress = mine.filter(([, s]) => s === "IN_PROGRESS").map(([, , p]) => p);
    expect(progress.length).toBeGreaterThanOrEqual(4);
    expect(new Set(progress).size).toBe(progress.length);
  });

  it("turns a render failure into a FAILURE instead of a broken SUCCESS", async () => {
    const engine = engineFor(store, async () => {
      throw new Error("boom");
    });
    const { task } = await engine.admit(imagine("fox"));
    clock += 500;
    await engine.sync();
    expect(store.get(task!.id)).toMatchObject({
      status: "FAILURE",
      failReason: "[Internal Server Error] render failed",
    });
  });

  it("confirms MODAL tasks into the queue and cancels tasks, freeing their slot", async () => {
    const engine = engineFor(store);
    const running = await engine.admit(imagine("busy"));
    const modal = await engine.createModal(imagine("zoom me"));
    expect(store.get(modal.id)).toMatchObject({ status: "MODAL", queuedAt: null });

    const confirmed = await engine.confirmModal(modal.id, (t) => ({ ...t, prompt: "zoom me --zoom 1.5" }));
    expect(confirmed).toMatchObject({
      admission: { kind: "queue", position: 1 },
      task: { status: "NOT_START" },
    });
    expect(await engine.confirmModal(modal.id, (t) => t)).toMatchObject({ code: 4 });
    expect(await engine.confirmModal("nope", (t) => t)).toMatchObject({ code: 3 });

    clock += 100;
    const cancelled = await engine.cancel(running.task!.id);
    expect(cancelled).toMatchObject({ status: "CANCEL", finishTime: clock });
    expect(store.get(modal.id)).toMatchObject({
      status: "SUBMITTED",
      startTime: clock,
      prompt: "zoom me --zoom 1.5",
    });
    expect(await engine.cancel(running.task!.id)).toMatchObject({ code: 4 });
  });
});
