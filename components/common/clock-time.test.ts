import { describe, expect, it } from "vitest";

import { formatClockTime } from "./clock-time";

const today = new Date("2026-12-05T15:00:00Z");

describe("formatClockTime", () => {
  it("shows only the time on the same day", () => {
    expect(formatClockTime("2026-12-05T14:02:00Z", "en-GB", "UTC", today)).toBe("14:02 UTC");
  });
  it("adds the day when the time is on another day", () => {
    expect(formatClockTime("2026-12-04T14:02:00Z", "en-GB", "UTC", today)).toMatch(/4 Dec.*14:02/);
  });
  it("speaks the viewer's locale", () => {
    expect(formatClockTime("2026-12-05T14:02:00Z", "zh-CN", "UTC", today)).toContain("14:02");
  });
});
