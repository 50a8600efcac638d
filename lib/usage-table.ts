// The usage report as a table: one row per UTC day and member, one column per task type. Pure, so the
// browser can pivot the JSON the usage route sends (the server's CSV pivot lives in a server-only module).

export interface UsageCountRow {
  day: string;
  memberName: string;
  memberEmail: string;
  action: string;
  count: number;
}

export interface UsageTableRow {
  day: string;
  memberName: string;
  memberEmail: string;
  /** Task type → tasks that day. */
  counts: Record<string, number>;
  total: number;
}

export interface UsageTable {
  /** Task types that occur, most used first (ties alphabetically), so the busy columns come first. */
  types: string[];
  rows: UsageTableRow[];
  /** Per task type over the whole range. */
  totals: Record<string, number>;
  grandTotal: number;
}

/** Newest day first (what people look for), then member name, then e-mail for namesakes. */
function compareRows(a: UsageTableRow, b: UsageTableRow): number {
  if (a.day !== b.day) return a.day < b.day ? 1 : -1;
  return a.memberName.localeCompare(b.memberName) || a.memberEmail.localeCompare(b.memberEmail);
}

export function buildUsageTable(rows: readonly UsageCountRow[]): UsageTable {
  const byKey = new Map<string, UsageTableRow>();
  const totals: Record<string, number> = {};
  let grandTotal = 0;
  for (const row of rows) {
    // Members are told apart by e-mail: two of them may share a display name.
    const key = JSON.stringify([row.day, row.memberEmail, row.memberName]);
    let entry = byKey.get(key);
    if (!entry) {
      entry = {
        day: row.day,
        memberName: row.memberName,
        memberEmail: row.memberEmail,
        counts: {},
        total: 0,
      };
      byKey.set(key, entry);
    }
    entry.counts[row.action] = (entry.counts[row.action] ?? 0) + row.count;
    entry.total += row.count;
    totals[row.action] = (totals[row.action] ?? 0) + row.count;
    grandTotal += row.count;
  }
  const types = Object.keys(totals).sort((a, b) => (totals[b] ?? 0) - (totals[a] ?? 0) || a.localeCompare(b));
  return { types, rows: [...byKey.values()].sort(compareRows), totals, grandTotal };
}

const DAY_MS = 24 * 60 * 60_000;

/** The last `days` UTC days up to today, as the usage route defaults to. */
export function lastDaysRange(now: Date, days = 30): { from: string; to: string } {
  return {
    from: new Date(now.getTime() - (days - 1) * DAY_MS).toISOString().slice(0, 10),
    to: now.toISOString().slice(0, 10),
  };
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Both dates filled in and in order; the route refuses anything else. */
export function isValidRange(range: { from: string; to: string }): boolean {
  return DAY.test(range.from) && DAY.test(range.to) && range.from <= range.to;
}
