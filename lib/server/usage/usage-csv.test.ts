import { describe, expect, it } from "vitest";

import { usageRow } from "@/test/fixtures/usage-row";

import { csvCell, usageCsv } from "./usage-csv";

const lines = (csv: string) => csv.split("\r\n");

describe("usageCsv", () => {
  it("is the header alone (with its CRLF) for no rows", () => {
    expect(usageCsv([])).toBe("day,member,email,task_type,tasks\r\n");
  });

  it("uses CRLF line endings and ends with one", () => {
    const csv = usageCsv([usageRow({}), usageRow({ action: "UPSCALE", count: 4 })]);
    expect(csv).toBe(
      "day,member,email,task_type,tasks\r\n" +
        "2025-03-01,Alice,alice@example.com,IMAGINE,1\r\n" +
        "2025-03-01,Alice,alice@example.com,UPSCALE,4\r\n",
    );
    expect(csv.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });

  it("sorts by day, then member, then task type", () => {
    const csv = usageCsv([
      usageRow({ day: "2025-03-02", memberName: "Bob", action: "VARIATION" }),
      usageRow({ day: "2025-03-01", memberName: "Bob", action: "IMAGINE" }),
      usageRow({ day: "2025-03-02", memberName: "Alice", action: "UPSCALE" }),
      usageRow({ day: "2025-03-02", memberName: "Alice", action: "DESCRIBE" }),
      usageRow({ day: "2025-02-28", memberName: "Zoe", action: "IMAGINE" }),
    ]);
    expect(
      lines(csv).map((line) =>
        line
          .split(",")
          .filter((_, i) => i !== 2 && i !== 4)
          .join(" "),
      ),
    ).toEqual([
      "day member task_type",
      "2025-02-28 Zoe IMAGINE",
      "2025-03-01 Bob IMAGINE",
      "2025-03-02 Alice DESCRIBE",
      "2025-03-02 Alice UPSCALE",
      "2025-03-02 Bob VARIATION",
      "",
    ]);
  });

  it("does not reorder the caller's array", () => {
    const rows = [usageRow({ day: "2025-03-02" }), usageRow({ day: "2025-03-01" })];
    usageCsv(rows);
    expect(rows.map((r) => r.day)).toEqual(["2025-03-02", "2025-03-01"]);
  });

  it("quotes commas, quotes and line breaks per RFC 4180", () => {
    const csv = usageCsv([usageRow({ memberName: 'Smith, "Jo"\nJr.', memberEmail: "a\rb@example.com" })]);
    expect(lines(csv.replace(/\r\n$/, ""))[0]).toBe("day,member,email,task_type,tasks");
    expect(csv).toContain('2025-03-01,"Smith, ""Jo""\nJr.","a\rb@example.com",IMAGINE,1\r\n');
  });

  it.each([
    ['=HYPERLINK("http://evil")', '"\'=HYPERLINK(""http://evil"")"'],
    ["+1+1", "'+1+1"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tcmd", "'\tcmd"],
    ["\rcmd", '"\'\rcmd"'],
    ["=1,2", '"\'=1,2"'],
  ])("defuses a formula-like cell %j", (name, cell) => {
    const csv = usageCsv([usageRow({ memberName: name })]);
    expect(csv).toContain(`2025-03-01,${cell},alice@example.com`);
  });

  it("leaves ordinary text, inner symbols and counts alone", () => {
    expect(csvCell("Anne-Marie = +1 @home")).toBe("Anne-Marie = +1 @home");
    expect(csvCell("李雷")).toBe("李雷");
    expect(csvCell(42)).toBe("42");
    expect(csvCell("")).toBe("");
  });
});
