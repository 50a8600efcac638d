import { describe, expect, it } from "vitest";

import { memoryFailureStore } from "./failure-store-memory";
import { DEFAULT_SIGN_IN_DELAY, SignInDelay, type SignInDelayPolicy } from "./sign-in-delay";

const delayOn = (policy: SignInDelayPolicy, now: () => number) =>
  new SignInDelay(memoryFailureStore(), policy, now);

function clock(start = 1_000_000) {
  const state = { now: start };
  return { state, now: () => state.now };
}

describe("SignInDelay", () => {
  it("lets the first three failures through, then doubles the wait from one second", async () => {
    const { state, now } = clock();
    const delay = delayOn(DEFAULT_SIGN_IN_DELAY, now);
    const waits: number[] = [];
    for (let i = 0; i < 7; i += 1) {
      await delay.recordFailure("a@x");
      waits.push(await delay.retryAfterMs("a@x"));
      state.now += await delay.retryAfterMs("a@x");
    }
    expect(waits).toEqual([0, 0, 0, 1_000, 2_000, 4_000, 8_000]);
  });

  it("never waits longer than the cap, however many failures", async () => {
    const { now } = clock();
    const delay = delayOn({ ...DEFAULT_SIGN_IN_DELAY, maxDelayMs: 30_000 }, now);
    for (let i = 0; i < 500; i += 1) await delay.recordFailure("a@x");
    expect(await delay.retryAfterMs("a@x")).toBe(30_000);
    expect(delay.delayAfter(10_000)).toBe(30_000);
  });

  it("is never an indefinite lock: once the wait is over the account may try again", async () => {
    const { state, now } = clock();
    const delay = delayOn(DEFAULT_SIGN_IN_DELAY, now);
    for (let i = 0; i < 50; i += 1) await delay.recordFailure("a@x");
    state.now += 29_999;
    expect(await delay.retryAfterMs("a@x")).toBe(1);
    state.now += 1;
    expect(await delay.retryAfterMs("a@x")).toBe(0);
  });

  it("forgets failures after fifteen quiet minutes, and after a success", async () => {
    const { state, now } = clock();
    const delay = delayOn(DEFAULT_SIGN_IN_DELAY, now);
    for (let i = 0; i < 5; i += 1) await delay.recordFailure("a@x");
    state.now += 15 * 60_000;
    await delay.recordFailure("a@x");
    expect(await delay.retryAfterMs("a@x")).toBe(0);
    for (let i = 0; i < 5; i += 1) await delay.recordFailure("b@x");
    await delay.reset("b@x");
    expect(await delay.retryAfterMs("b@x")).toBe(0);
  });

  it("keeps accounts apart", async () => {
    const { now } = clock();
    const delay = delayOn(DEFAULT_SIGN_IN_DELAY, now);
    for (let i = 0; i < 10; i += 1) await delay.recordFailure("a@x");
    expect(await delay.retryAfterMs("a@x")).toBeGreaterThan(0);
    expect(await delay.retryAfterMs("b@x")).toBe(0);
  });

  it("counts failures in a row however slow, as long as no gap reaches fifteen minutes", async () => {
    const { state, now } = clock();
    const delay = delayOn(DEFAULT_SIGN_IN_DELAY, now);
    for (let i = 0; i < 5; i += 1) {
      await delay.recordFailure("a@x");
      state.now += 10 * 60_000;
    }
    state.now -= 10 * 60_000;
    expect(await delay.retryAfterMs("a@x")).toBe(2_000);
  });
});
