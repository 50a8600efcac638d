import { describe, expect, it } from "vitest";

import { nextSyncDelayMs } from "./backoff";

describe("nextSyncDelayMs", () => {
  it("uses the interval while the upstream answers", () => {
    expect(nextSyncDelayMs(0, 3000)).toBe(3000);
  });
  it("doubles per consecutive failure", () => {
    expect([1, 2, 3, 4].map((n) => nextSyncDelayMs(n, 3000))).toEqual([6000, 12_000, 24_000, 48_000]);
  });
  it("caps at one minute", () => {
    expect(nextSyncDelayMs(5, 3000)).toBe(60_000);
    expect(nextSyncDelayMs(50, 3000)).toBe(60_000);
  });
  it("never goes below a long configured interval", () => {
    expect(nextSyncDelayMs(3, 120_000)).toBe(120_000);
  });
});
