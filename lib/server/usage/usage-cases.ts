// Integration: usageRows (tasks per member per UTC day per type) against a real database seeded with the
// 10,000-task history, expectations recomputed from the seed. usage-query.test.ts runs it on SQLite,
// usage-query-postgres.test.ts on PostgreSQL: the day buckets are dialect SQL (tasks/dialect.ts).
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { DatabaseKind } from "@/lib/db-url";
import type { UsageRange, UsageRow } from "@/lib/schemas/reports";
import { createMigratedDbFile, type SeededHistory, seedHistory } from "@/lib/server/tasks/history-fixture";
import { seedHistoryPostgres } from "@/lib/server/tasks/history-fixture-pg";
import { createMigratedTestDatabase, useDatabaseForApp } from "@/test/postgres-database";

import type { usageRows as UsageRows } from "./usage-query";

const byKey = (a: UsageRow, b: UsageRow) =>
  `${a.day} ${a.memberEmail} ${a.action}`.localeCompare(`${b.day} ${b.memberEmail} ${b.action}`);

export function describeUsageRows(kind: DatabaseKind): void {
  let history: SeededHistory;
  let usageRows: typeof UsageRows;
  let disconnect: () => Promise<void> = () => Promise.resolve();
  let remove: () => Promise<void> | void = () => undefined;

  beforeAll(async () => {
    if (kind === "postgres") {
      const database = await createMigratedTestDatabase("mj_usage");
      remove = () => database.drop();
      history = await seedHistoryPostgres(database.url, 10_000);
      useDatabaseForApp(database.url);
    } else {
      const tmp = createMigratedDbFile();
      remove = tmp.remove;
      history = seedHistory(tmp.file, 10_000);
      useDatabaseForApp(tmp.url);
    }
    // lib/server/db reads DATABASE_URL when first imported.
    const { db } = await import("@/lib/server/db");
    disconnect = () => db.$disconnect();
    ({ usageRows } = await import("./usage-query"));
  }, 60_000);

  afterAll(async () => {
    await disconnect();
    await remove();
  });

  /** Counts straight from the seed; deleted tasks count (usage is what was spent). */
  function expected(range: UsageRange, authorId?: string): UsageRow[] {
    const counts = new Map<string, UsageRow>();
    for (const task of history.tasks) {
      const day = task.createdAt.toISOString().slice(0, 10);
      if (day < range.from || day > range.to || (authorId && task.authorId !== authorId)) continue;
      const key = `${day} ${task.authorId} ${task.action}`;
      const row = counts.get(key) ?? {
        day,
        memberName: task.authorId.slice(2),
        memberEmail: `${task.authorId}@example.test`,
        action: task.action,
        count: 0,
      };
      row.count += 1;
      counts.set(key, row);
    }
    return [...counts.values()].sort(byKey);
  }

  describe(`usageRows (${kind})`, { timeout: 60_000 }, () => {
    it.each<[UsageRange, string | undefined]>([
      [{ from: "2026-11-10", to: "2026-11-12" }, undefined],
      [{ from: "2026-10-01", to: "2026-11-27" }, "u_chen"],
      [{ from: "2026-11-27", to: "2026-11-27" }, undefined],
    ])("%o for %s", async (range, authorId) => {
      const want = expected(range, authorId);
      expect(want.length).toBeGreaterThan(0);
      expect((await usageRows(range, authorId)).sort(byKey)).toEqual(want);
    });

    it("puts a task created exactly at UTC midnight on its own day", async () => {
      const midnight = history.tasks.find((task) => task.createdAt.getTime() % 86_400_000 === 0);
      expect(midnight).toBeDefined();
      const day = midnight?.createdAt.toISOString().slice(0, 10) ?? "";
      const rows = await usageRows({ from: day, to: day });
      expect(rows.sort(byKey)).toEqual(expected({ from: day, to: day }));
    });
  });
}
