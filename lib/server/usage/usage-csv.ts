import "server-only";

import type { UsageRow } from "@/lib/schemas/reports";

// The usage page's CSV export and the per-day table behind it. Rows come from a grouped count query:
// one row per (day, member, task type).

export type { UsageRow };

const HEADER = ["day", "member", "email", "task_type", "tasks"];
// Excel, LibreOffice and Google Sheets run a cell starting with these as a formula (CSV injection);
// member names are user-chosen, so they must not be able to plant one in an admin's spreadsheet.
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;
const compareText = new Intl.Collator("en", { sensitivity: "variant", numeric: true }).compare;

/** One CSV cell: defused if it could be read as a formula, then quoted per RFC 4180 when needed. */
export function csvCell(value: string | number): string {
  // Numbers we write ourselves (counts) are safe as they are; a negative count would otherwise gain a '.
  if (typeof value === "number") return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function compareRows(a: UsageRow, b: UsageRow): number {
  return (
    compareText(a.day, b.day) ||
    compareText(a.memberName, b.memberName) ||
    compareText(a.memberEmail, b.memberEmail) ||
    compareText(a.action, b.action)
  );
}

/**
 * `day,member,email,task_type,tasks` with CRLF line endings (RFC 4180), sorted by day, member, type.
 * Ends with a CRLF so the last row is a complete record; an empty input gives the header alone.
 */
export function usageCsv(rows: readonly UsageRow[]): string {
  const lines = [HEADER.join(",")];
  for (const row of [...rows].sort(compareRows)) {
    lines.push([row.day, row.memberName, row.memberEmail, row.action, row.count].map(csvCell).join(","));
  }
  return `${lines.join("\r\n")}\r\n`;
}
