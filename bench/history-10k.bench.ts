// Bench: does the shared history's list query stay fast as the team's history grows, on both databases?
// Seeds 1,000 and 10,000 tasks into temp SQLite files (all migrations, FTS5 triggers) and, when TEST_DATABASE_URL
// is set, into fresh PostgreSQL databases (all migrations, pg_trgm indexes), and measures the median latency of
// listTaskPage for typical gallery requests, plus the search's id query against a naive LIKE / ILIKE '%term%'
// query of the same rows. Prints absolute medians and ratios from this one run; asserts nothing.
// Usage: npm run bench:history   (= vitest run --config bench/vitest.config.ts)
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, test, vi } from "vitest";

import type { DatabaseKind } from "@/lib/db-url";
import { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "@/lib/generated/prisma-pg/client";
import { ListTasksQuery } from "@/lib/schemas/task-input";
import type { Viewer } from "@/lib/server/auth/viewer";
import { newestFirst, notDeleted, promptsContain } from "@/lib/server/tasks/dialect";
import { createMigratedDbFile, seedHistory } from "@/lib/server/tasks/history-fixture";
import { seedHistoryPostgres } from "@/lib/server/tasks/history-fixture-pg";
import { taskIdQuery } from "@/lib/server/tasks/list-sql";
import { createMigratedTestDatabase, skipPostgres } from "@/test/postgres-database";

// listTaskPage reads `db` and `dbKind` at call time, so each database and size can swap in its own client.
const current = vi.hoisted(() => {
  const db: unknown = undefined;
  const kind: string = "sqlite";
  return { db, kind };
});
vi.mock("@/lib/server/db", () => ({
  get db() {
    return current.db;
  },
  get dbKind() {
    return current.kind;
  },
}));

const SIZES = [1_000, 10_000];
const KINDS: DatabaseKind[] = skipPostgres("the PostgreSQL half of bench:history")
  ? ["sqlite"]
  : ["sqlite", "postgres"];
const WARMUP = 10;
const RUNS = 51;
const viewer: Viewer = { id: "u_bo", name: "bo", role: "member" };
const cleanups: (() => Promise<void> | void)[] = [];

afterAll(async () => {
  for (const cleanup of cleanups) await cleanup();
});

/** Median of RUNS timed calls; `select` switches the mocked db to the right size first. */
async function median(select: () => void, run: () => Promise<unknown>): Promise<number> {
  select();
  for (let i = 0; i < WARMUP; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

/**
 * Search without the window: each word as a substring (I)LIKE over the same three fields, newest first. On SQLite
 * that is a scan; PostgreSQL's planner may still use the trigram indexes for it (it has no other index to skip).
 */
function naiveLike(kind: DatabaseKind, q: string): Prisma.Sql {
  const terms = q.split(" ").map((term) => promptsContain(kind, `%${term}%`));
  return Prisma.sql`SELECT "id" FROM "Task" WHERE ${notDeleted(kind)} AND ${Prisma.join(terms, " AND ")}
    ${newestFirst(kind)} LIMIT 25`;
}

/** A fresh, seeded database of this kind and size, with a Prisma client on it. */
async function seededClient(kind: DatabaseKind, size: number): Promise<PrismaClient> {
  if (kind === "postgres") {
    const database = await createMigratedTestDatabase("mj_bench");
    await seedHistoryPostgres(database.url, size);
    const client = new PostgresPrismaClient({
      adapter: new PrismaPg({ connectionString: database.url, max: 4 }),
    });
    cleanups.push(async () => {
      await client.$disconnect();
      await database.drop();
    });
    // Same models, same delegates: see lib/server/db.ts.
    return client as unknown as PrismaClient;
  }
  const tmp = createMigratedDbFile();
  seedHistory(tmp.file, size);
  const client = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: tmp.file }) });
  cleanups.push(async () => {
    await client.$disconnect();
    tmp.remove();
  });
  return client;
}

const pageCases: Record<string, Record<string, string>> = {
  "first page, unfiltered": {},
  "first page, mine + type + 30 days": {
    scope: "mine",
    type: "IMAGINE,UPSCALE",
    from: "2026-10-29",
    to: "2026-11-27",
  },
  'search, common term "--ar" (~50% of tasks)': { q: "--ar" },
  'search, rare term "caret" (~0.05%)': { q: "caret" },
  'search, 2-char LIKE fallback "山水" (~10%)': { q: "山水" },
};
// common: the window answers; rare: FTS answers; middle (~2%): the window misses, then FTS (the worst case).
const searchTerms: Record<string, string> = { common: "--ar", middle: "lighthouse 16:9", rare: "caret" };

type Row = Record<string, number>;
type Target = { kind: DatabaseKind; size: number; db: PrismaClient };
const label = (target: Omit<Target, "db">) => `${target.kind} ${target.size.toLocaleString("en")}`;

test("history list latency at 1,000 and 10,000 tasks, SQLite and PostgreSQL", async () => {
  const { listTaskPage, pageIds } = await import("@/lib/server/tasks/list");
  const targets: Target[] = [];
  for (const kind of KINDS)
    for (const size of SIZES) targets.push({ kind, size, db: await seededClient(kind, size) });
  const measurements: [string, (target: Target) => Promise<unknown>][] = [];
  for (const [name, params] of Object.entries(pageCases)) {
    const query = ListTasksQuery.parse(params);
    measurements.push([`listTaskPage: ${name}`, () => listTaskPage(query, viewer)]);
  }
  for (const [kind, term] of Object.entries(searchTerms)) {
    const query = ListTasksQuery.parse({ q: term });
    measurements.push([
      `ids, ${kind} "${term}": as listed (window, then index)`,
      () => pageIds(query, viewer),
    ]);
    measurements.push([
      `ids, ${kind} "${term}": index query alone (FTS / pg_trgm)`,
      (t) => t.db.$queryRaw(taskIdQuery(t.kind, query, viewer)),
    ]);
    measurements.push([
      `ids, ${kind} "${term}": naive (I)LIKE query`,
      (t) => t.db.$queryRaw(naiveLike(t.kind, term)),
    ]);
  }
  const select = (target: Target) => () => {
    current.db = target.db;
    current.kind = target.kind;
  };
  // One untimed pass over everything first, so the target measured first does not pay for JIT warm-up.
  for (const target of targets) {
    select(target)();
    for (const [, run] of measurements) await run(target);
  }
  const results = new Map<string, Row>(targets.map((target) => [label(target), {}]));
  for (const [name, run] of measurements) {
    for (const target of targets) {
      (results.get(label(target)) as Row)[name] = await median(select(target), () => run(target));
    }
  }

  const ms = (value: number | undefined) => (value === undefined ? "-" : value.toFixed(2));
  const ratio = (a: number | undefined, b: number | undefined) => (a && b ? (a / b).toFixed(2) : "-");
  const header = ["measurement"];
  for (const kind of KINDS)
    header.push(...SIZES.map((size) => `${label({ kind, size })} (ms)`), `${kind} 10k / 1k`);
  const lines = [`| ${header.join(" | ")} |`, `|${"---|".repeat(header.length)}`];
  for (const [name] of measurements) {
    const cells = [name];
    for (const kind of KINDS) {
      const [small, large] = SIZES.map((size) => results.get(label({ kind, size }))?.[name]);
      cells.push(ms(small), ms(large), ratio(large, small));
    }
    lines.push(`| ${cells.join(" | ")} |`);
  }
  console.log(
    `\nmedians of ${RUNS} runs after ${WARMUP} warm-up runs, node ${process.version}\n\n${lines.join("\n")}\n`,
  );
});
