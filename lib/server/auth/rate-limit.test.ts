import { describe, expect, it, vi } from "vitest";

import { memoryFailureStore } from "./failure-store-memory";
import { FailureLimiter } from "./rate-limit";

describe("FailureLimiter", () => {
  it("allows attempts until the limit, then names the wait until the oldest failure expires", async () => {
    let now = 1_000_000;
    const limiter = new FailureLimiter(memoryFailureStore(), 3, 60_000, () => now);
    for (let i = 0; i < 3; i += 1) {
      expect(await limiter.retryAfterMs("a@x")).toBe(0);
      await limiter.recordFailure("a@x");
      now += 1_000;
    }
    expect(await limiter.retryAfterMs("a@x")).toBe(60_000 - 3_000);
    expect(await limiter.retryAfterMs("b@x")).toBe(0);
    now += 57_000;
    expect(await limiter.retryAfterMs("a@x")).toBe(0);
  });

  it("forgets a key after a successful sign-in", async () => {
    const limiter = new FailureLimiter(memoryFailureStore(), 1, 60_000, () => 5);
    await limiter.recordFailure("a@x");
    expect(await limiter.retryAfterMs("a@x")).toBeGreaterThan(0);
    await limiter.reset("a@x");
    expect(await limiter.retryAfterMs("a@x")).toBe(0);
  });

  it("keeps only the failures that can still matter, and sweeps keys gone quiet", async () => {
    let now = 1_000_000;
    const store = memoryFailureStore();
    const limiter = new FailureLimiter(store, 3, 60_000, () => now);
    for (let i = 0; i < 10; i += 1) await limiter.recordFailure("a@x");
    expect(store.size()).toBe(3);
    now += 120_000;
    await limiter.recordFailure("b@x");
    expect(store.size()).toBe(1);
  });

  it("holds on every instance: two limiters on one store count the same failures", async () => {
    const store = memoryFailureStore();
    const one = new FailureLimiter(store, 2, 60_000, () => 1_000);
    const other = new FailureLimiter(store, 2, 60_000, () => 1_000);
    await one.recordFailure("ip:1.2.3.4");
    await other.recordFailure("ip:1.2.3.4");
    expect(await one.retryAfterMs("ip:1.2.3.4")).toBe(60_000);
  });

  it("never makes a failure wait for a sweep, nor fail with it", async () => {
    const store = memoryFailureStore();
    const stuck = new FailureLimiter(
      {
        ...store,
        sweepOlder: () => new Promise<void>(() => undefined),
        sweepQuiet: () => new Promise<void>(() => undefined),
      },
      3,
      60_000,
      () => 1_000,
    );
    await stuck.recordFailure("ip:1.2.3.4");
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const failing = new FailureLimiter(
      {
        ...store,
        sweepOlder: () => Promise.reject(new Error("database gone")),
        sweepQuiet: () => Promise.reject(new Error("database gone")),
      },
      3,
      60_000,
      () => 1_000,
    );
    await failing.recordFailure("ip:1.2.3.4");
    await vi.waitFor(() => expect(warn).toHaveBeenCalledWith(expect.stringContaining("database gone")));
    warn.mockRestore();
    expect(await failing.retryAfterMs("ip:1.2.3.4")).toBe(0);
    expect(store.size()).toBe(2);
  });
});
