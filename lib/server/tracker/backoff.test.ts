import { describe, expect, it } from "vitest";

import { nextSyncDelayMs } from "./backoff";

describe("nextSyncDelayMs", () => {
  it("uses the interval while the upstream answers", () => {
    expect(nextSyncDelayMs(0, 3000)).toBe(3000);
  });
  it("doubles per consecutive failure", () => {
    expect([1, 2].map((n) => nextSyncDelayMs(n, 1000))).toEqual([2000, 4000]);
  });
  it("caps at ten seconds, so tasks resume within seconds after an outage", () => {
    expect(nextSyncDelayMs(2, 3000)).toBe(10_000);
    expect(nextSyncDelayMs(50, 3000)).toBe(10_000);
  });
  it("never goes below a long configured interval", () => {
    expect(nextSyncDelayMs(3, 120_000)).toBe(120_000);
  });
});
