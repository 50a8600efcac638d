import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import type { UpstreamStatus, UpstreamTask } from "@/lib/server/mj";

import { CALLBACK_COALESCE_MS, CallbackInbox } from "./callback-inbox";

const cb = (upstreamId: string, status: UpstreamStatus, progress: number | null = null) =>
  ({ upstreamId, status, progress }) as UpstreamTask;
const summary = (batch: UpstreamTask[]) =>
  batch.map((t) => `${t.upstreamId}:${t.status}:${t.progress ?? ""}`);

describe("CallbackInbox", () => {
  let clock = 0;
  let batches: string[][];
  let inbox: CallbackInbox;
  beforeEach(() => {
    vi.useFakeTimers();
    clock = 1_000;
    batches = [];
    inbox = new CallbackInbox(CALLBACK_COALESCE_MS, () => clock);
    inbox.setApplier(async (batch) => {
      batches.push(summary(batch));
      return true;
    });
  });
  afterEach(() => vi.useRealTimers());

  it("applies a burst as one batch after the delay, keeping the furthest observation per task", async () => {
    inbox.receive(cb("a", "SUBMITTED", 0));
    inbox.receive(cb("a", "IN_PROGRESS", 46));
    inbox.receive(cb("b", "IN_PROGRESS", 15));
    inbox.receive(cb("a", "IN_PROGRESS", 31)); // out of order: behind 46 %
    inbox.receive(cb("b", "SUCCESS", 100));
    inbox.receive(cb("b", "IN_PROGRESS", 93)); // late, after SUCCESS
    await vi.advanceTimersByTimeAsync(CALLBACK_COALESCE_MS - 1);
    expect(batches).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(batches).toEqual([["a:IN_PROGRESS:46", "b:SUCCESS:100"]]);
  });

  it("a duplicate delivery lands once; callbacks after a batch start the next one", async () => {
    inbox.receive(cb("a", "IN_PROGRESS", 46));
    inbox.receive(cb("a", "IN_PROGRESS", 46));
    await vi.advanceTimersByTimeAsync(CALLBACK_COALESCE_MS);
    inbox.receive(cb("a", "SUCCESS", 100));
    await vi.advanceTimersByTimeAsync(CALLBACK_COALESCE_MS);
    expect(batches).toEqual([["a:IN_PROGRESS:46"], ["a:SUCCESS:100"]]);
  });

  it("applies one batch at a time, in order", async () => {
    const order: string[] = [];
    let release: () => void = () => {};
    inbox.setApplier(async (batch) => {
      order.push(`start ${summary(batch).join()}`);
      if (batch[0]?.status === "IN_PROGRESS") await new Promise<void>((resolve) => (release = resolve));
      order.push(`end ${summary(batch).join()}`);
      return true;
    });
    inbox.receive(cb("a", "IN_PROGRESS", 46));
    await vi.advanceTimersByTimeAsync(CALLBACK_COALESCE_MS);
    inbox.receive(cb("a", "SUCCESS", 100));
    await vi.advanceTimersByTimeAsync(CALLBACK_COALESCE_MS);
    expect(order).toEqual(["start a:IN_PROGRESS:46"]);
    release();
    await inbox.idle();
    expect(order).toEqual([
      "start a:IN_PROGRESS:46",
      "end a:IN_PROGRESS:46",
      "start a:SUCCESS:100",
      "end a:SUCCESS:100",
    ]);
  });

  it("a failing batch does not stop the next one", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    inbox.setApplier(async (batch) => {
      if (batch[0]?.upstreamId === "bad") throw new Error("database busy");
      batches.push(summary(batch));
      return true;
    });
    inbox.receive(cb("bad", "SUCCESS", 100));
    await vi.advanceTimersByTimeAsync(CALLBACK_COALESCE_MS);
    inbox.receive(cb("good", "SUCCESS", 100));
    await vi.advanceTimersByTimeAsync(CALLBACK_COALESCE_MS);
    expect(batches).toEqual([["good:SUCCESS:100"]]);
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });

  it("callbacks are alive from when one for a task we track came; others and an upstream change do not count", async () => {
    const tracked = new Set(["a"]);
    inbox.setApplier(async (batch) => batch.some((task) => tracked.has(task.upstreamId)));
    inbox.receive(cb("someone-elses", "SUCCESS", 100));
    await vi.advanceTimersByTimeAsync(CALLBACK_COALESCE_MS);
    expect(inbox.lastCallbackAt()).toBeNull();
    clock = 4_000;
    inbox.receive(cb("a", "IN_PROGRESS", 10));
    await vi.advanceTimersByTimeAsync(CALLBACK_COALESCE_MS);
    expect(inbox.lastCallbackAt()).toBe(4_000);
    inbox.forgetUpstream();
    expect(inbox.lastCallbackAt()).toBeNull();
    // A callback that arrived before the change and is applied after it says nothing about the new upstream.
    clock = 6_000;
    inbox.receive(cb("a", "IN_PROGRESS", 20));
    inbox.forgetUpstream();
    await vi.advanceTimersByTimeAsync(CALLBACK_COALESCE_MS);
    expect(inbox.lastCallbackAt()).toBeNull();
  });

  it("with no tracker to apply them, callbacks are dropped (the first pass reads those tasks)", async () => {
    inbox.setApplier(null);
    inbox.receive(cb("a", "SUCCESS", 100));
    await vi.advanceTimersByTimeAsync(CALLBACK_COALESCE_MS);
    inbox.setApplier(async (batch) => {
      batches.push(summary(batch));
      return true;
    });
    await vi.advanceTimersByTimeAsync(CALLBACK_COALESCE_MS);
    expect(batches).toEqual([]);
  });

  it("counts another instance's callbacks, but not one from before the upstream changed here", () => {
    expect(inbox.lastCallbackAt()).toBeNull();
    inbox.noteCallbackFromPeer(900);
    expect(inbox.lastCallbackAt()).toBe(900);
    clock = 2_000;
    inbox.forgetUpstream();
    inbox.noteCallbackFromPeer(1_500);
    expect(inbox.lastCallbackAt()).toBeNull();
    // A peer's clock ahead of ours never pushes "callbacks alive" into our future.
    inbox.noteCallbackFromPeer(5_000);
    expect(inbox.lastCallbackAt()).toBe(2_000);
  });
});
