// The list SQL on its own, run with better-sqlite3 against 10,000 seeded tasks: which indexes SQLite picks,
// and that the newest-rows window (a shortcut for common search terms) answers exactly like the FTS query.
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Prisma } from "@/lib/generated/prisma/client";
import { ListTasksQuery } from "@/lib/schemas/task-input";
import type { Viewer } from "@/lib/server/auth/viewer";

import { createMigratedDbFile, seedHistory, sqliteTimestamp } from "./history-fixture";
import { newestWindowQuery, SEARCH_WINDOW_ROWS, taskIdQuery } from "./list-sql";
import { WINDOW_CASES } from "./list-sql-cases";

const viewer: Viewer = { id: "u_bo", name: "bo", role: "member" };
const tmp = createMigratedDbFile();
let sqlite: Database.Database;

beforeAll(() => {
  seedHistory(tmp.file, 10_000);
  sqlite = new Database(tmp.file, { readonly: true });
});

afterAll(() => {
  sqlite.close();
  tmp.remove();
});

// Prisma binds a Date as the adapter's DateTime text; do the same for better-sqlite3, which cannot bind Dates.
const bind = (sql: Prisma.Sql) =>
  sql.values.map((value) => (value instanceof Date ? sqliteTimestamp(value) : value));
const ids = (sql: Prisma.Sql): string[] =>
  sqlite
    .prepare(sql.sql)
    .all(...bind(sql))
    .map((row) => (row as { id: string }).id);
const plan = (sql: Prisma.Sql): string =>
  sqlite
    .prepare(`EXPLAIN QUERY PLAN ${sql.sql}`)
    .all(...bind(sql))
    .map((row) => (row as { detail: string }).detail)
    .join(" | ");
const parse = (params: Record<string, string>) => ListTasksQuery.parse(params);

describe("query plans", () => {
  it.each<[Record<string, string>, string]>([
    [{}, "Task_createdAt_idx"],
    [{ cursor: "1790000000000.tabc" }, "Task_createdAt_idx (createdAt<?)"],
    [
      { scope: "mine", type: "IMAGINE", from: "2026-10-01", to: "2026-10-31" },
      "Task_authorId_createdAt_idx (authorId=? AND createdAt>? AND createdAt<?)",
    ],
    [{ member: "u_chen" }, "Task_authorId_createdAt_idx (authorId=?)"],
    [{ q: "sailor" }, "TaskSearch VIRTUAL TABLE INDEX"],
    [{ q: "山水" }, "Task_createdAt_idx"],
    [{ favorites: "1" }, "sqlite_autoindex_Favorite_1 (userId=?)"],
    [{ collection: "c_moodboard" }, "sqlite_autoindex_CollectionItem_1 (collectionId=?)"],
    [{ trash: "1" }, "Task_createdAt_idx"],
  ])("%o uses %s", (params, index) => {
    const detail = plan(taskIdQuery("sqlite", parse(params), viewer));
    expect(detail).toContain(index);
    expect(detail, "no full scan of Task").not.toMatch(/SCAN Task\b(?! USING)/);
    expect(detail).not.toContain("Task_deletedAt_idx");
  });

  it("walks createdAt newest-first instead of sorting the whole table", () => {
    expect(plan(taskIdQuery("sqlite", parse({}), viewer))).not.toContain("USE TEMP B-TREE FOR ORDER BY");
  });

  it("the search window reads createdAt newest-first and never touches the FTS table", () => {
    const detail = plan(newestWindowQuery("sqlite", parse({ q: "--ar" }), viewer) as Prisma.Sql);
    expect(detail).toContain("Task_createdAt_idx");
    expect(detail).not.toContain("TaskSearch");
  });
});

describe("newestWindowQuery", () => {
  it("is only offered for searches with an FTS term whose case LIKE folds the same way", () => {
    expect(newestWindowQuery("sqlite", parse({}), viewer)).toBeNull();
    expect(newestWindowQuery("sqlite", parse({ q: "山水" }), viewer)).toBeNull();
    expect(newestWindowQuery("sqlite", parse({ q: "Émile" }), viewer)).toBeNull();
    expect(newestWindowQuery("sqlite", parse({ q: "霓虹灯 fox" }), viewer)).not.toBeNull();
  });

  // When the window holds a full page it must be exactly the FTS query's page; otherwise list.ts falls back.
  it.each(WINDOW_CASES)("%o agrees with the FTS query", (params) => {
    const query = parse(params);
    const full = ids(taskIdQuery("sqlite", query, viewer));
    const window = ids(newestWindowQuery("sqlite", query, viewer) as Prisma.Sql);
    if (window.length > query.limit) expect(window).toEqual(full);
    else expect(full.slice(0, window.length)).toEqual(window);
  });

  it("answers common terms by itself and leaves rare ones to FTS", () => {
    expect(ids(newestWindowQuery("sqlite", parse({ q: "--ar" }), viewer) as Prisma.Sql)).toHaveLength(25);
    const rare = parse({ q: "caret" });
    expect(ids(newestWindowQuery("sqlite", rare, viewer) as Prisma.Sql).length).toBeLessThanOrEqual(
      rare.limit,
    );
    expect(ids(taskIdQuery("sqlite", rare, viewer)).length).toBeGreaterThan(0);
    expect(SEARCH_WINDOW_ROWS).toBeGreaterThan(100);
  });
});
