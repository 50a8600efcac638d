import { describe, expect, it } from "vitest";

import { FailureLimiter } from "./rate-limit";

describe("FailureLimiter", () => {
  it("allows attempts until the limit, then names the wait until the oldest failure expires", () => {
    let now = 1_000_000;
    const limiter = new FailureLimiter(3, 60_000, () => now);
    for (let i = 0; i < 3; i += 1) {
      expect(limiter.retryAfterMs("a@x")).toBe(0);
      limiter.recordFailure("a@x");
      now += 1_000;
    }
    expect(limiter.retryAfterMs("a@x")).toBe(60_000 - 3_000);
    expect(limiter.retryAfterMs("b@x")).toBe(0);
    now += 57_000;
    expect(limiter.retryAfterMs("a@x")).toBe(0);
  });

  it("forgets a key after a successful sign-in", () => {
    const limiter = new FailureLimiter(1, 60_000, () => 5);
    limiter.recordFailure("a@x");
    expect(limiter.retryAfterMs("a@x")).toBeGreaterThan(0);
    limiter.reset("a@x");
    expect(limiter.retryAfterMs("a@x")).toBe(0);
  });
});
