import { describe, expect, it } from "vitest";

import { TokenBucket } from "./token-bucket";

describe("TokenBucket", () => {
  it("allows a burst up to its capacity, then refuses", () => {
    let now = 0;
    const bucket = new TokenBucket(3, 2, () => now);
    expect([1, 2, 3, 4].map(() => bucket.take())).toEqual([true, true, true, false]);
    now = 400; // 0.8 token: still refused
    expect(bucket.take()).toBe(false);
    now = 600; // 1.2 tokens
    expect(bucket.take()).toBe(true);
  });
  it("never stores more than its capacity", () => {
    let now = 0;
    const bucket = new TokenBucket(2, 10, () => now);
    now = 60_000;
    expect([1, 2, 3].map(() => bucket.take())).toEqual([true, true, false]);
  });
});
