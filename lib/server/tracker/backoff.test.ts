import { describe, expect, it } from "vitest";

import { MAX_BACKOFF_MS, nextSyncDelayMs } from "./backoff";

describe("nextSyncDelayMs", () => {
  it("uses the interval while the upstream answers", () => {
    expect(nextSyncDelayMs(0, 3000)).toBe(3000);
  });
  it("doubles per consecutive failure", () => {
    expect([1, 2].map((n) => nextSyncDelayMs(n, 3000))).toEqual([6000, MAX_BACKOFF_MS]);
    expect([1, 2, 3, 4].map((n) => nextSyncDelayMs(n, 400))).toEqual([800, 1600, 3200, 6400]);
  });
  it("caps well under ten seconds, so a recovered upstream is noticed within seconds (issue 8 item 10)", () => {
    expect(MAX_BACKOFF_MS).toBeLessThanOrEqual(10_000);
    // A 60 s outage: the old cap let the wait grow to ~48 s.
    expect(nextSyncDelayMs(5, 3000)).toBe(MAX_BACKOFF_MS);
    expect(nextSyncDelayMs(50, 3000)).toBe(MAX_BACKOFF_MS);
  });
  it("never goes below a long configured interval", () => {
    expect(nextSyncDelayMs(3, 120_000)).toBe(120_000);
  });
});
