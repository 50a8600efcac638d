// Integration: listTaskPage against a real database (all migrations: FTS5 triggers on SQLite, pg_trgm indexes on
// PostgreSQL) with 10,000 seeded tasks. Every expectation is recomputed from the seed in plain JS, so a wrong
// filter or a page gap fails. list.test.ts runs these on SQLite, list-postgres.test.ts on PostgreSQL: both
// databases must give the same answers.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { DatabaseKind } from "@/lib/db-url";
import { ListTasksQuery } from "@/lib/schemas/task-input";
import type { Viewer } from "@/lib/server/auth/viewer";
import type { Db } from "@/lib/server/db";
import { createMigratedTestDatabase, useDatabaseForApp } from "@/test/postgres-database";

import {
  createMigratedDbFile,
  type SeededHistory,
  type SeedTask,
  seedHistory,
  sqliteTimestamp,
} from "./history-fixture";
import { seedHistoryPostgres } from "./history-fixture-pg";
import type { listTaskPage as ListTaskPage } from "./list";

const DAY_MS = 86_400_000;
const ACTIVE = ["submitting", "queued", "submitted", "running", "modal"];
const viewer: Viewer = { id: "u_bo", name: "bo", role: "member" };
let history: SeededHistory;
let db: Db;
let listTaskPage: typeof ListTaskPage;
let removeDatabase: () => Promise<void> | void = () => undefined;

/** A fresh database of this kind with the 10,000-task history; returns its DATABASE_URL. */
async function seededDatabase(kind: DatabaseKind): Promise<string> {
  if (kind === "postgres") {
    const database = await createMigratedTestDatabase("mj_list");
    removeDatabase = () => database.drop();
    history = await seedHistoryPostgres(database.url, 10_000);
    return database.url;
  }
  const tmp = createMigratedDbFile();
  removeDatabase = tmp.remove;
  history = seedHistory(tmp.file, 10_000);
  return tmp.url;
}

/** The stored text of Task b_start's createdAt, read with SQL rather than through Prisma's conversion. */
async function storedCreatedAt(kind: DatabaseKind): Promise<string | undefined> {
  // SQLite: || '' keeps the adapter from turning the DATETIME column back into a Date. PostgreSQL: the UTC wall
  // time of the timestamp without time zone.
  const [row] =
    kind === "postgres"
      ? await db.$queryRaw<{ stored: string }[]>`
          SELECT to_char("createdAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS') AS "stored" FROM "Task" WHERE "id" = 'b_start'`
      : await db.$queryRaw<{ stored: string }[]>`
          SELECT "createdAt" || '' AS "stored" FROM "Task" WHERE "id" = 'b_start'`;
  return row?.stored;
}

// Written through Prisma (not the raw seed) on exact UTC day boundaries: checks the raw SQL compares dates
// in the format Prisma really stores, and the inclusive from/to days.
const boundaryTasks = [
  {
    id: "b_start",
    createdAt: new Date("2026-11-10T00:00:00.000Z"),
    prompt: '边界 "first" moment of the day',
  },
  {
    id: "b_before",
    createdAt: new Date("2026-11-09T23:59:59.999Z"),
    prompt: "边界 last moment before the range",
  },
  {
    id: "b_end",
    createdAt: new Date("2026-11-12T23:59:59.999Z"),
    prompt: "边界 last moment of the range --ar 16:9",
  },
  {
    id: "b_after",
    createdAt: new Date("2026-11-13T00:00:00.000Z"),
    prompt: "边界 first moment after the range",
  },
];

export function describeListTaskPage(kind: DatabaseKind): void {
  beforeAll(async () => {
    // lib/server/db reads DATABASE_URL when first imported: point it at the fresh database, then import.
    useDatabaseForApp(await seededDatabase(kind));
    ({ db } = await import("@/lib/server/db"));
    ({ listTaskPage } = await import("./list"));
    // Guard: never write the boundary rows into any database but the freshly seeded one.
    expect(await db.task.count()).toBe(10_000);
    for (const task of boundaryTasks) {
      await db.task.create({ data: { ...task, action: "IMAGINE", status: "succeeded", authorId: "u_bo" } });
      history.tasks.push({
        ...task,
        action: "IMAGINE",
        status: "succeeded",
        authorId: "u_bo",
        finalPrompt: null,
        promptEn: null,
        deletedAt: null,
      });
    }
  }, 60_000);

  afterAll(async () => {
    await db?.$disconnect();
    await removeDatabase();
  });
  describeCases(kind);
}

type Params = Record<string, string>;

/** The expected ids, newest first, straight from the seed data. */
function expectedIds(params: Params, who: Viewer = viewer): string[] {
  const q = ListTasksQuery.parse(params);
  const terms = (q.q ?? "")
    .split(/\s+/u)
    .filter(Boolean)
    .map((term) => term.toLowerCase());
  const keep = (t: SeedTask): boolean => {
    if (q.trash ? t.deletedAt === null : t.deletedAt !== null) return false;
    if (q.scope === "mine" && t.authorId !== who.id) return false;
    if (q.member && t.authorId !== q.member) return false;
    if (q.status === "active" && !ACTIVE.includes(t.status)) return false;
    if (q.status === "succeeded" && t.status !== "succeeded") return false;
    if (q.status === "failed" && t.status !== "failed" && t.status !== "cancelled") return false;
    if (q.type && !q.type.includes(t.action)) return false;
    if (q.from && t.createdAt.getTime() < Date.parse(`${q.from}T00:00:00Z`)) return false;
    if (q.to && t.createdAt.getTime() >= Date.parse(`${q.to}T00:00:00Z`) + DAY_MS) return false;
    if (q.favorites && !history.favorites.get(who.id)?.has(t.id)) return false;
    if (q.collection && (q.collection !== history.collectionId || !history.collectionTaskIds.has(t.id)))
      return false;
    const text = [t.prompt, t.finalPrompt ?? "", t.promptEn ?? ""].join("\n").toLowerCase();
    return terms.every((term) => text.includes(term));
  };
  return history.tasks
    .filter(keep)
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0))
    .map((t) => t.id);
}

/** Pages through listTaskPage the way the gallery does, failing on a repeated id. */
async function listAll(params: Params, who: Viewer = viewer): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | null = null;
  do {
    const query = ListTasksQuery.parse({ limit: "100", ...params, ...(cursor ? { cursor } : {}) });
    const page = await listTaskPage(query, who);
    ids.push(...page.items.map((item) => item.id));
    cursor = page.nextCursor;
  } while (cursor);
  expect(new Set(ids).size, "no task may appear on two pages").toBe(ids.length);
  return ids;
}

/** Asserts the full paged result equals the expectation, which must be a real subset (not all, not none). */
async function expectFilter(params: Params, who: Viewer = viewer): Promise<string[]> {
  const expected = expectedIds(params, who);
  expect(
    expected.length,
    `seed should give ${JSON.stringify(params)} some but not all tasks`,
  ).toBeGreaterThan(0);
  expect(expected.length).toBeLessThan(history.tasks.length);
  expect(await listAll(params, who)).toEqual(expected);
  return expected;
}

function describeCases(kind: DatabaseKind): void {
  describe(`listTaskPage filters (${kind})`, { timeout: 60_000 }, () => {
    it("stores Prisma-written dates in the format (and UTC) the raw SQL compares against", async () => {
      const utcMidnight = new Date("2026-11-10T00:00:00.000Z");
      expect(await storedCreatedAt(kind)).toBe(
        kind === "postgres" ? utcMidnight.toISOString().slice(0, -1) : sqliteTimestamp(utcMidnight),
      );
    });

    it("first page: newest non-deleted tasks with authors and the viewer's stars", async () => {
      const page = await listTaskPage(ListTasksQuery.parse({}), viewer);
      expect(page.items.map((item) => item.id)).toEqual(expectedIds({}).slice(0, 24));
      expect(page.nextCursor).not.toBeNull();
      for (const item of page.items) {
        expect(item.author?.id).toBe(history.tasks.find((t) => t.id === item.id)?.authorId);
        expect(item.favorite).toBe(history.favorites.get(viewer.id)?.has(item.id) ?? false);
      }
    });

    it("pages through everything without duplicates or gaps (ties on createdAt included)", async () => {
      const expected = expectedIds({});
      expect(new Set(history.tasks.map((t) => t.createdAt.getTime())).size).toBeLessThan(
        history.tasks.length,
      );
      expect(await listAll({})).toEqual(expected);
    });

    it.each<Params>([
      { scope: "mine" },
      { member: "u_chen" },
      { scope: "mine", member: "u_bo" },
      { status: "active" },
      { status: "succeeded" },
      { status: "failed" },
      { type: "UPSCALE,ZOOM" },
      { type: "SWAP_FACE" },
      { from: "2026-11-10", to: "2026-11-12" },
      { from: "2026-11-10", to: "2026-11-10" },
      { from: "2026-11-20" },
      { to: "2026-10-05" },
      { favorites: "1" },
      { collection: "c_moodboard" },
      { trash: "1" },
      { trash: "1", scope: "mine" },
    ])("%o", async (params) => {
      await expectFilter(params);
    });

    it("includes both ends of an inclusive UTC day range and nothing beyond", async () => {
      const ids = await expectFilter({ from: "2026-11-10", to: "2026-11-12" });
      expect(ids).toEqual(expect.arrayContaining(["b_start", "b_end"]));
      expect(ids).not.toContain("b_before");
      expect(ids).not.toContain("b_after");
    });

    it("favorites are the viewer's own", async () => {
      const ada: Viewer = { id: "u_ada", name: "ada", role: "admin" };
      const mine = await expectFilter({ favorites: "1" });
      const hers = await expectFilter({ favorites: "1" }, ada);
      expect(mine).not.toEqual(hers);
    });

    it("an unknown member or collection lists nothing", async () => {
      expect(await listAll({ member: "u_nobody" })).toEqual([]);
      expect(await listAll({ collection: "c_nope" })).toEqual([]);
    });

    it("combines filters", async () => {
      await expectFilter({
        scope: "mine",
        type: "IMAGINE,UPSCALE",
        from: "2026-10-15",
        to: "2026-11-15",
        status: "succeeded",
      });
      await expectFilter(
        { member: "u_dee", favorites: "1", status: "failed" },
        { id: "u_dee", name: "dee", role: "member" },
      );
      await expectFilter({ collection: "c_moodboard", q: "--ar 16:9", type: "IMAGINE" });
      await expectFilter({ q: "边界", from: "2026-11-10", to: "2026-11-12" });
    });
  });

  describe(`listTaskPage search (${kind})`, { timeout: 60_000 }, () => {
    it.each([
      "sailor", // FTS, Latin
      "RED FOX", // case-insensitive, two terms ANDed
      "霓虹灯", // FTS, Chinese
      "山水", // 2-character Chinese: LIKE fallback
      "fox in", // FTS term + short LIKE term
      '"tiny"', // quotes are text
      "16:9", // parameters
      "--ar 9:16",
      "NEAR(fox", // FTS syntax typed by a user stays literal
      "AND",
      "prefix*",
      "^caret",
      "0%", // LIKE wildcards stay literal: only "50% off" matches
      "e_", // only "snake_case" matches, not every "e" followed by anything
      "translated", // promptEn is searched too
    ])("q=%s", async (q) => {
      await expectFilter({ q });
    });

    it("finds nothing rather than failing on unbalanced quotes or bare operators", async () => {
      expect(await listAll({ q: 'fox "unbalanced' })).toEqual([]);
      expect(await listAll({ q: "OR NOT (" })).toEqual([]);
    });

    it("pages through a filtered search with small pages", async () => {
      const params = { q: "--ar 16:9", status: "succeeded", type: "UPSCALE,VARIATION" };
      const expected = expectedIds(params);
      expect(await listAll({ ...params, limit: "7" })).toEqual(expected);
    });
  });

  describe(`cursor stability (${kind})`, { timeout: 60_000 }, () => {
    it("a task created between two page loads does not shift the next page", async () => {
      const expected = expectedIds({});
      const first = await listTaskPage(ListTasksQuery.parse({ limit: "10" }), viewer);
      await db.task.create({
        data: { id: "n_new", action: "IMAGINE", status: "queued", prompt: "arrives late", authorId: "u_ada" },
      });
      const second = await listTaskPage(
        ListTasksQuery.parse({ limit: "10", cursor: first.nextCursor ?? "" }),
        viewer,
      );
      expect([...first.items, ...second.items].map((item) => item.id)).toEqual(expected.slice(0, 20));
    });
  });
}
