import { describe, expect, it } from "vitest";

import { usageRow } from "@/test/fixtures/usage-row";

import { buildUsageTable, isValidRange, lastDaysRange } from "./usage-table";

describe("buildUsageTable", () => {
  it("is empty for no rows", () => {
    expect(buildUsageTable([])).toEqual({ types: [], rows: [], totals: {}, grandTotal: 0 });
  });

  it("pivots per day and member, newest day first, with totals per type", () => {
    const table = buildUsageTable([
      usageRow({ action: "UPSCALE", count: 3 }),
      usageRow({ day: "2025-03-02", memberName: "Bob", memberEmail: "bob@example.com", count: 2 }),
      usageRow({ count: 5 }),
      usageRow({ day: "2025-03-02", action: "DESCRIBE" }),
    ]);
    expect(table.rows.map((r) => [r.day, r.memberName, r.counts, r.total])).toEqual([
      ["2025-03-02", "Alice", { DESCRIBE: 1 }, 1],
      ["2025-03-02", "Bob", { IMAGINE: 2 }, 2],
      ["2025-03-01", "Alice", { IMAGINE: 5, UPSCALE: 3 }, 8],
    ]);
    expect(table.types).toEqual(["IMAGINE", "UPSCALE", "DESCRIBE"]);
    expect(table.totals).toEqual({ IMAGINE: 7, UPSCALE: 3, DESCRIBE: 1 });
    expect(table.grandTotal).toBe(11);
  });

  it("keeps namesakes apart and adds up repeated rows", () => {
    const table = buildUsageTable([
      usageRow({ memberEmail: "a1@example.com" }),
      usageRow({ memberEmail: "a2@example.com", count: 2 }),
      usageRow({ memberEmail: "a1@example.com", count: 3 }),
    ]);
    expect(table.rows.map((r) => [r.memberEmail, r.total])).toEqual([
      ["a1@example.com", 4],
      ["a2@example.com", 2],
    ]);
  });

  it("orders tied types alphabetically", () => {
    expect(buildUsageTable([usageRow({ action: "ZOOM" }), usageRow({ action: "BLEND" })]).types).toEqual([
      "BLEND",
      "ZOOM",
    ]);
  });
});

describe("ranges", () => {
  it("covers the last 30 UTC days including today", () => {
    expect(lastDaysRange(new Date("2025-03-30T23:30:00Z"))).toEqual({ from: "2025-03-01", to: "2025-03-30" });
  });

  it("accepts only complete, ordered ranges", () => {
    expect(isValidRange({ from: "2025-03-01", to: "2025-03-01" })).toBe(true);
    expect(isValidRange({ from: "2025-03-02", to: "2025-03-01" })).toBe(false);
    expect(isValidRange({ from: "", to: "2025-03-01" })).toBe(false);
  });
});
