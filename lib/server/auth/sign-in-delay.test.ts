import { describe, expect, it } from "vitest";

import { DEFAULT_SIGN_IN_DELAY, SignInDelay } from "./sign-in-delay";

function clock(start = 1_000_000) {
  const state = { now: start };
  return { state, now: () => state.now };
}

describe("SignInDelay", () => {
  it("lets the first three failures through, then doubles the wait from one second", () => {
    const { state, now } = clock();
    const delay = new SignInDelay(DEFAULT_SIGN_IN_DELAY, now);
    const waits: number[] = [];
    for (let i = 0; i < 7; i += 1) {
      delay.recordFailure("a@x");
      waits.push(delay.retryAfterMs("a@x"));
      state.now += delay.retryAfterMs("a@x");
    }
    expect(waits).toEqual([0, 0, 0, 1_000, 2_000, 4_000, 8_000]);
  });

  it("never waits longer than the cap, however many failures", () => {
    const { now } = clock();
    const delay = new SignInDelay({ ...DEFAULT_SIGN_IN_DELAY, maxDelayMs: 30_000 }, now);
    for (let i = 0; i < 500; i += 1) delay.recordFailure("a@x");
    expect(delay.retryAfterMs("a@x")).toBe(30_000);
    expect(delay.delayAfter(10_000)).toBe(30_000);
  });

  it("is never an indefinite lock: once the wait is over the account may try again", () => {
    const { state, now } = clock();
    const delay = new SignInDelay(DEFAULT_SIGN_IN_DELAY, now);
    for (let i = 0; i < 50; i += 1) delay.recordFailure("a@x");
    state.now += 29_999;
    expect(delay.retryAfterMs("a@x")).toBe(1);
    state.now += 1;
    expect(delay.retryAfterMs("a@x")).toBe(0);
  });

  it("forgets failures after fifteen quiet minutes, and after a success", () => {
    const { state, now } = clock();
    const delay = new SignInDelay(DEFAULT_SIGN_IN_DELAY, now);
    for (let i = 0; i < 5; i += 1) delay.recordFailure("a@x");
    state.now += 15 * 60_000;
    delay.recordFailure("a@x");
    expect(delay.retryAfterMs("a@x")).toBe(0);
    for (let i = 0; i < 5; i += 1) delay.recordFailure("b@x");
    delay.reset("b@x");
    expect(delay.retryAfterMs("b@x")).toBe(0);
  });

  it("keeps accounts apart", () => {
    const { now } = clock();
    const delay = new SignInDelay(DEFAULT_SIGN_IN_DELAY, now);
    for (let i = 0; i < 10; i += 1) delay.recordFailure("a@x");
    expect(delay.retryAfterMs("a@x")).toBeGreaterThan(0);
    expect(delay.retryAfterMs("b@x")).toBe(0);
  });
});
