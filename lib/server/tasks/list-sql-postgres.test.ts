// The list SQL on PostgreSQL, run with `pg` against 10,000 seeded tasks: the newest-rows window agrees with the
// full search (as on SQLite, list-sql.test.ts), the pg_trgm indexes serve searches, and LIKE patterns stay literal.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { Prisma } from "@/lib/generated/prisma/client";
import { ListTasksQuery } from "@/lib/schemas/task-input";
import type { Viewer } from "@/lib/server/auth/viewer";
import { createMigratedTestDatabase, skipPostgres, type TestDatabase } from "@/test/postgres-database";

import { indexedSearch } from "./dialect";
import { seedHistoryPostgres } from "./history-fixture-pg";
import { newestWindowQuery, taskIdQuery } from "./list-sql";
import { WINDOW_CASES } from "./list-sql-cases";
import { LIKE_ESCAPE, toLikePattern } from "./search-text";

const viewer: Viewer = { id: "u_bo", name: "bo", role: "member" };
const parse = (params: Record<string, string>) => ListTasksQuery.parse(params);

describe.skipIf(skipPostgres("list SQL on PostgreSQL"))("list SQL on PostgreSQL", () => {
  let database: TestDatabase;
  let client: pg.Client;

  beforeAll(async () => {
    database = await createMigratedTestDatabase("mj_list_sql");
    await seedHistoryPostgres(database.url, 10_000);
    client = new pg.Client({ connectionString: database.url });
    await client.connect();
  }, 60_000);

  afterAll(async () => {
    await client?.end();
    await database?.drop();
  });

  // Prisma's adapter sends a Date as UTC text; pg would send local time, so bind the UTC text ourselves.
  const run = async (sql: Prisma.Sql) =>
    (
      await client.query(
        sql.text,
        sql.values.map((value) => (value instanceof Date ? value.toISOString() : value)),
      )
    ).rows as Record<string, string>[];
  const ids = async (sql: Prisma.Sql) => (await run(sql)).map((row) => row.id);
  const plan = async (sql: Prisma.Sql) =>
    (await run({ ...sql, text: `EXPLAIN ${sql.text}` } as Prisma.Sql))
      .map((row) => row["QUERY PLAN"])
      .join("\n");

  it.each(WINDOW_CASES)("%o: the window agrees with the full search", async (params) => {
    const query = parse(params);
    const full = await ids(taskIdQuery("postgres", query, viewer));
    const window = await ids(newestWindowQuery("postgres", query, viewer) as Prisma.Sql);
    if (window.length > query.limit) expect(window).toEqual(full);
    else expect(full.slice(0, window.length)).toEqual(window);
  });

  // At 10,000 rows (~2 MB) a scan is honestly the cheapest plan, so the planner is only asked whether the
  // indexes CAN answer the search condition: one they cannot serve (a function around the column, a wrong
  // operator class) would leave it nothing but a sequential scan here.
  it("the search condition can be answered from the trigram indexes", async () => {
    const search = indexedSearch("postgres", ["caret"], toLikePattern) as Prisma.Sql;
    await client.query("SET enable_seqscan = off");
    try {
      const detail = await plan(Prisma.sql`SELECT "id" FROM "Task" WHERE ${search}`);
      for (const column of ["prompt", "finalPrompt", "promptEn"]) {
        expect(detail).toContain(`Bitmap Index Scan on "Task_${column}_trgm_idx"`);
      }
      expect(detail).not.toContain("Seq Scan");
    } finally {
      await client.query("RESET enable_seqscan");
    }
  });

  it("the unfiltered first page walks createdAt newest-first", async () => {
    const detail = await plan(taskIdQuery("postgres", parse({}), viewer));
    expect(detail).toContain("Task_createdAt_idx");
  });

  it.each<[string, string, boolean]>([
    ["50% off", "0%", true],
    ["500 off", "0%", false],
    ["snake_case", "e_", true],
    ["see", "e_", false],
    ["back\\slash", "\\", true],
    ["ÉMILE", "émile", true],
    ["山水画 水墨", "山水", true],
    ["山 水", "山水", false],
    ["a RED fox", "red fox", true],
  ])("ILIKE %j with the term %j: %s", async (text, term, found) => {
    const { rows } = await client.query<{ found: boolean }>(`SELECT $1 ILIKE $2 ESCAPE $3 AS "found"`, [
      text,
      toLikePattern(term),
      LIKE_ESCAPE,
    ]);
    expect(rows[0]?.found).toBe(found);
  });
});
