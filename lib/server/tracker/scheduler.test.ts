import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { TickScheduler } from "./scheduler";

const INTERVAL = 3_000;

function makeScheduler(passMs = 50) {
  const ticks: number[] = [];
  const scheduler = new TickScheduler({
    tick: async () => {
      ticks.push(Date.now());
      await new Promise((resolve) => setTimeout(resolve, passMs));
    },
    nextDelayMs: () => INTERVAL,
    intervalMs: () => INTERVAL,
    wakeDelayMs: 250,
  });
  return { scheduler, ticks };
}

describe("TickScheduler (issue 8 item 4: callbacks cannot starve the tracker)", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("keeps ticking at least every interval under a flood of wakes every 100 ms", async () => {
    const { scheduler, ticks } = makeScheduler();
    scheduler.start(1_000);
    const flood = setInterval(() => scheduler.wake(), 100);
    await vi.advanceTimersByTimeAsync(22_000);
    clearInterval(flood);

    // The old scheduler re-armed a 250 ms timer on every wake: not a single pass in 22 s.
    expect(ticks.length).toBeGreaterThanOrEqual(Math.floor(21_000 / INTERVAL));
    const gaps = ticks.slice(1).map((at, i) => at - (ticks[i] as number));
    for (const gap of gaps) expect(gap).toBeLessThanOrEqual(INTERVAL + 100);
    // …and the flood buys at most one early pass per interval, not one per callback.
    expect(ticks.length).toBeLessThanOrEqual(2 * Math.ceil(22_000 / INTERVAL) + 1);
  });

  it("brings a pass forward on a wake when none was granted recently", async () => {
    const { scheduler, ticks } = makeScheduler();
    scheduler.start(1_000);
    await vi.advanceTimersByTimeAsync(1_100);
    expect(ticks).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(500);
    scheduler.wake();
    await vi.advanceTimersByTimeAsync(300);
    expect(ticks).toHaveLength(2);
  });

  it("never postpones a pass that is already due sooner", async () => {
    const { scheduler, ticks } = makeScheduler();
    scheduler.start(100);
    scheduler.wake(); // due in 250 ms: must not replace the pass due in 100 ms
    await vi.advanceTimersByTimeAsync(150);
    expect(ticks).toHaveLength(1);
  });

  it("follows up soon after a pass when woken during it (the pass may have read too early)", async () => {
    const { scheduler, ticks } = makeScheduler(1_000);
    scheduler.start(0);
    await vi.advanceTimersByTimeAsync(10);
    expect(ticks).toHaveLength(1);
    scheduler.wake();
    await vi.advanceTimersByTimeAsync(1_000 + 300);
    expect(ticks).toHaveLength(2);
  });

  it("never runs two passes at once", async () => {
    let running = 0;
    let overlap = false;
    const scheduler = new TickScheduler({
      tick: async () => {
        running += 1;
        if (running > 1) overlap = true;
        await new Promise((resolve) => setTimeout(resolve, 2_000));
        running -= 1;
      },
      nextDelayMs: () => 10,
      intervalMs: () => 10,
      wakeDelayMs: 1,
    });
    scheduler.start(0);
    const flood = setInterval(() => scheduler.wake(), 5);
    await vi.advanceTimersByTimeAsync(10_000);
    clearInterval(flood);
    expect(overlap).toBe(false);
  });
});

describe("TickScheduler.stop", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("runs no pass after stop, not even one a wake asks for, and waits for the running one", async () => {
    const { scheduler, ticks } = makeScheduler(500);
    scheduler.start(1_000);
    await vi.advanceTimersByTimeAsync(1_100);
    expect(ticks).toHaveLength(1);
    let stopped = false;
    const done = scheduler.stop().then(() => (stopped = true));
    await vi.advanceTimersByTimeAsync(100);
    expect(stopped).toBe(false);
    await vi.advanceTimersByTimeAsync(400);
    await done;
    expect(stopped).toBe(true);
    scheduler.wake();
    await vi.advanceTimersByTimeAsync(30_000);
    expect(ticks).toHaveLength(1);
  });
});
