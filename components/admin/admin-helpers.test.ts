import { describe, expect, it } from "vitest";

import { summarizeDetail } from "./audit-detail";
import { limitText, parseDailyLimit } from "./daily-limit";

describe("parseDailyLimit", () => {
  it.each([
    ["", null],
    ["  ", null],
    ["0", 0],
    [" 25 ", 25],
    ["100000", 100_000],
    ["100001", "invalid"],
    ["-1", "invalid"],
    ["2.5", "invalid"],
    ["ten", "invalid"],
  ])("reads %j as %j", (text, expected) => {
    expect(parseDailyLimit(text)).toBe(expected);
  });

  it("writes no limit as an empty field", () => {
    expect(limitText(null)).toBe("");
    expect(limitText(3)).toBe("3");
  });
});

describe("summarizeDetail", () => {
  it("lists keys and values, no limit as a dash", () => {
    expect(summarizeDetail({ role: "member", dailyLimit: null, disabled: true })).toBe(
      "role: member · dailyLimit: — · disabled: true",
    );
  });

  it("is empty for no detail and shortens long ones", () => {
    expect(summarizeDetail({})).toBe("");
    const long = summarizeDetail({ name: "x".repeat(500) });
    expect(long).toHaveLength(160);
    expect(long.endsWith("…")).toBe(true);
  });
});
