import "server-only";

import { clipDisplayName } from "@/lib/schemas/display-name";
import { db } from "@/lib/server/db";
import type { UsageRow } from "@/lib/server/usage/usage-csv";

export interface UsageRange {
  /** Inclusive UTC days, YYYY-MM-DD. */
  from: string;
  to: string;
}

/** The last `days` UTC days up to today. */
export function defaultUsageRange(now = new Date(), days = 30): UsageRange {
  const to = now.toISOString().slice(0, 10);
  const from = new Date(now.getTime() - (days - 1) * 24 * 60 * 60_000).toISOString().slice(0, 10);
  return { from, to };
}

/**
 * Tasks per member per UTC day per task type. Deleted tasks count: usage is about what was spent. Dates are
 * stored as ISO-8601 text in UTC, so the first ten characters are the UTC day.
 */
export async function usageRows(range: UsageRange): Promise<UsageRow[]> {
  const rows = await db.$queryRaw<
    { day: string; authorId: string | null; action: string; n: bigint | number }[]
  >`
    SELECT substr("createdAt", 1, 10) AS day, "authorId", "action", count(*) AS n
    FROM "Task"
    WHERE substr("createdAt", 1, 10) BETWEEN ${range.from} AND ${range.to}
    GROUP BY day, "authorId", "action"`;
  const users = await db.user.findMany({ select: { id: true, name: true, email: true } });
  const byId = new Map(users.map((u) => [u.id, u]));
  return rows.map((row) => {
    const user = row.authorId ? byId.get(row.authorId) : undefined;
    return {
      day: row.day,
      memberName: user ? clipDisplayName(user.name) : "(no author)",
      memberEmail: user?.email ?? "",
      action: row.action,
      count: Number(row.n),
    };
  });
}
