import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import type * as ImageQueue from "./image-queue";

// Every store call is recorded and held open until the test finishes it, so the pool's choices are visible one
// at a time: which job started, in which order, and what never started.
const h = vi.hoisted(() => ({
  started: [] as string[],
  open: [] as { label: string; finish: () => void; fail: (error: Error) => void }[],
}));

function hold(label: string): Promise<void> {
  h.started.push(label);
  return new Promise((resolve, reject) => h.open.push({ label, finish: resolve, fail: reject }));
}

vi.mock("./images", () => ({
  storeFinalImage: (taskId: string, url: string) => hold(`final ${taskId} ${url}`),
  storePreview: (taskId: string, url: string) => hold(`preview ${taskId} ${url}`),
}));

/** Finishes the oldest running job and lets the pool react. */
async function finishNext(): Promise<void> {
  h.open.shift()?.finish();
  await vi.advanceTimersByTimeAsync(0);
}

let queueFinalImage: typeof ImageQueue.queueFinalImage;
let queuePreview: typeof ImageQueue.queuePreview;
let imageWorkPending: typeof ImageQueue.imageWorkPending;
let imageQueueIdle: typeof ImageQueue.imageQueueIdle;
let dropWaitingImageWork: typeof ImageQueue.dropWaitingImageWork;
let PREVIEW_GAP_MS: number;

beforeEach(async () => {
  vi.useFakeTimers();
  h.started.length = 0;
  h.open.length = 0;
  // A fresh queue per test: its state is module-level, like the one queue of the server process.
  vi.resetModules();
  ({ queueFinalImage, queuePreview, imageWorkPending, imageQueueIdle, dropWaitingImageWork, PREVIEW_GAP_MS } =
    await import("./image-queue"));
});

afterEach(() => {
  vi.useRealTimers();
});

describe("image queue", () => {
  it("runs one job at a time by default, finals before previews", async () => {
    queuePreview("a", "pa1");
    queuePreview("b", "pb1");
    queueFinalImage("c", "fc");
    expect(h.started).toEqual(["preview a pa1"]);
    await finishNext();
    expect(h.started).toEqual(["preview a pa1", "final c fc"]);
    await finishNext();
    expect(h.started).toEqual(["preview a pa1", "final c fc", "preview b pb1"]);
  });

  it("fetches a task's preview at most once per gap, and only the newest of those that came meanwhile", async () => {
    queuePreview("a", "p1");
    await finishNext();
    queuePreview("a", "p2");
    queuePreview("a", "p3");
    await vi.advanceTimersByTimeAsync(PREVIEW_GAP_MS - 1);
    expect(h.started).toEqual(["preview a p1"]);
    await vi.advanceTimersByTimeAsync(1);
    expect(h.started).toEqual(["preview a p1", "preview a p3"]);
  });

  it("lets other tasks' previews run while one task waits out its gap", async () => {
    queuePreview("a", "pa1");
    await finishNext();
    queuePreview("a", "pa2");
    queuePreview("b", "pb1");
    expect(h.started).toEqual(["preview a pa1", "preview b pb1"]);
  });

  it("drops a waiting preview when the task's final image arrives, and ignores previews after it", async () => {
    queueFinalImage("x", "fx");
    queuePreview("a", "pa1");
    queueFinalImage("a", "fa");
    queuePreview("a", "pa2");
    await finishNext();
    await finishNext();
    await vi.advanceTimersByTimeAsync(PREVIEW_GAP_MS);
    expect(h.started).toEqual(["final x fx", "final a fa"]);
  });

  it("keeps one job per task: a repeated final replaces the waiting one, and waits while the task runs", async () => {
    queueFinalImage("a", "f1");
    queueFinalImage("a", "f2");
    queueFinalImage("a", "f3");
    expect(h.started).toEqual(["final a f1"]);
    await finishNext();
    expect(h.started).toEqual(["final a f1", "final a f3"]);
    await finishNext();
    expect(h.open).toHaveLength(0);
  });

  it("goes on after a job fails", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    queueFinalImage("a", "fa");
    queueFinalImage("b", "fb");
    h.open.shift()?.fail(new Error("disk on fire"));
    await vi.advanceTimersByTimeAsync(0);
    expect(h.started).toEqual(["final a fa", "final b fb"]);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining("disk on fire"));
    warn.mockRestore();
  });

  it("reports a task's image work as pending while it waits or runs, and idle once all is done", async () => {
    queueFinalImage("a", "fa");
    queuePreview("b", "pb");
    expect(imageWorkPending("a")).toBe(true);
    expect(imageWorkPending("b")).toBe(true);
    expect(imageWorkPending("c")).toBe(false);
    let idle = false;
    void imageQueueIdle().then(() => (idle = true));
    await finishNext();
    expect(imageWorkPending("a")).toBe(false);
    expect(imageWorkPending("b")).toBe(true);
    expect(idle).toBe(false);
    await finishNext();
    expect(imageWorkPending("b")).toBe(false);
    expect(idle).toBe(true);
  });

  it("drops waiting work when the tracker stops, and resolves once the running job is done", async () => {
    queueFinalImage("a", "fa");
    queueFinalImage("b", "fb");
    queuePreview("c", "pc");
    let dropped = false;
    void dropWaitingImageWork().then(() => (dropped = true));
    expect(imageWorkPending("b")).toBe(false);
    expect(imageWorkPending("c")).toBe(false);
    await vi.advanceTimersByTimeAsync(0);
    expect(dropped).toBe(false);
    await finishNext();
    expect(dropped).toBe(true);
    await vi.advanceTimersByTimeAsync(PREVIEW_GAP_MS);
    expect(h.started).toEqual(["final a fa"]);
  });
});
