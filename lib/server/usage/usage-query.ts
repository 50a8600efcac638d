import "server-only";

import { Prisma } from "@/lib/generated/prisma/client";
import { clipDisplayName } from "@/lib/schemas/display-name";
import type { UsageRange, UsageRow } from "@/lib/schemas/reports";
import type { Viewer } from "@/lib/server/auth/viewer";
import { db, dbKind } from "@/lib/server/db";
import { utcDayOf } from "@/lib/server/tasks/dialect";

/** The last `days` UTC days up to today. */
export function defaultUsageRange(now = new Date(), days = 30): UsageRange {
  const to = now.toISOString().slice(0, 10);
  const from = new Date(now.getTime() - (days - 1) * 24 * 60 * 60_000).toISOString().slice(0, 10);
  return { from, to };
}

/** What a viewer may see of the report: an admin the whole team, a member their own rows (filtered in SQL). */
export function usageRowsFor(viewer: Pick<Viewer, "id" | "role">, range: UsageRange): Promise<UsageRow[]> {
  return usageRows(range, viewer.role === "admin" ? undefined : viewer.id);
}

/**
 * Tasks per member per UTC day per task type, for everyone or one author. Deleted tasks count: usage is about
 * what was spent. The UTC day of a task's createdAt is the dialect's (tasks/dialect.ts).
 */
export async function usageRows(range: UsageRange, authorId?: string): Promise<UsageRow[]> {
  const onlyAuthor = authorId ? Prisma.sql`AND "authorId" = ${authorId}` : Prisma.empty;
  const day = utcDayOf(dbKind, "createdAt");
  const rows = await db.$queryRaw<
    { day: string; authorId: string | null; action: string; n: bigint | number }[]
  >`
    SELECT ${day} AS "day", "authorId", "action", count(*) AS "n"
    FROM "Task"
    WHERE ${day} BETWEEN ${range.from} AND ${range.to} ${onlyAuthor}
    GROUP BY 1, "authorId", "action"`;
  const authorIds = [...new Set(rows.flatMap((row) => (row.authorId ? [row.authorId] : [])))];
  const users = await db.user.findMany({
    where: { id: { in: authorIds } },
    select: { id: true, name: true, email: true },
  });
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
