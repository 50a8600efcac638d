// Bench: does the shared history's list query stay fast as the team's history grows?
// Seeds 1,000 and 10,000 tasks into temp SQLite files (all migrations, FTS5 triggers) and measures the
// median latency of listTaskPage for typical gallery requests, plus the FTS search's id query against a naive
// LIKE '%term%' scan of the same rows. Prints absolute medians and ratios from this one run; asserts nothing.
// Usage: npm run bench:history   (= vitest run --config bench/vitest.config.ts)
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { afterAll, test, vi } from "vitest";

import { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { ListTasksQuery } from "@/lib/schemas/task-input";
import type { Viewer } from "@/lib/server/auth/viewer";
import { createMigratedDbFile, seedHistory } from "@/lib/server/tasks/history-fixture";
import { taskIdQuery } from "@/lib/server/tasks/list-sql";

// listTaskPage reads `db` at call time, so each size can swap in its own client.
const current = vi.hoisted(() => {
  const db: unknown = undefined;
  return { db };
});
vi.mock("@/lib/server/db", () => ({
  get db() {
    return current.db;
  },
}));

const SIZES = [1_000, 10_000];
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

/** Search without FTS: each word as a substring LIKE over the same three fields, newest first. */
function naiveLike(q: string): Prisma.Sql {
  const terms = q.split(" ").map((term) => {
    const pattern = `%${term}%`;
    return Prisma.sql`("prompt" LIKE ${pattern} OR "finalPrompt" LIKE ${pattern} OR "promptEn" LIKE ${pattern})`;
  });
  return Prisma.sql`SELECT "id" FROM "Task" WHERE +"deletedAt" IS NULL AND ${Prisma.join(terms, " AND ")}
    ORDER BY "createdAt" DESC, "id" DESC LIMIT 25`;
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

test("history list latency at 1,000 and 10,000 tasks", async () => {
  const { listTaskPage, pageIds } = await import("@/lib/server/tasks/list");
  const clients = new Map<number, PrismaClient>();
  for (const size of SIZES) {
    const tmp = createMigratedDbFile();
    seedHistory(tmp.file, size);
    const client = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: tmp.file }) });
    clients.set(size, client);
    cleanups.push(async () => {
      await client.$disconnect();
      tmp.remove();
    });
  }
  const measurements: [string, (db: PrismaClient) => Promise<unknown>][] = [];
  for (const [name, params] of Object.entries(pageCases)) {
    const query = ListTasksQuery.parse(params);
    measurements.push([`listTaskPage: ${name}`, () => listTaskPage(query, viewer)]);
  }
  for (const [kind, term] of Object.entries(searchTerms)) {
    const query = ListTasksQuery.parse({ q: term });
    measurements.push([`ids, ${kind} "${term}": as listed (window, then FTS)`, () => pageIds(query, viewer)]);
    measurements.push([
      `ids, ${kind} "${term}": FTS query alone`,
      (db) => db.$queryRaw(taskIdQuery(query, viewer)),
    ]);
    measurements.push([`ids, ${kind} "${term}": naive LIKE scan`, (db) => db.$queryRaw(naiveLike(term))]);
  }
  // One untimed pass over everything first, so the size measured first does not pay for JIT warm-up.
  for (const db of clients.values()) {
    current.db = db;
    for (const [, run] of measurements) await run(db);
  }
  const results = new Map<number, Row>(SIZES.map((size) => [size, {}]));
  for (const [name, run] of measurements) {
    for (const size of SIZES) {
      const db = clients.get(size) as PrismaClient;
      (results.get(size) as Row)[name] = await median(
        () => (current.db = db),
        () => run(db),
      );
    }
  }

  const small = results.get(1_000) ?? {};
  const large = results.get(10_000) ?? {};
  const ms = (value: number | undefined) => (value === undefined ? "-" : value.toFixed(2));
  const lines = ["| measurement | 1,000 tasks (ms) | 10,000 tasks (ms) | 10k / 1k |", "|---|---|---|---|"];
  for (const [name] of measurements) {
    lines.push(
      `| ${name} | ${ms(small[name])} | ${ms(large[name])} | ${((large[name] ?? 0) / (small[name] ?? 1)).toFixed(2)} |`,
    );
  }
  lines.push(
    "",
    "| at 10,000 tasks | as listed (ms) | FTS alone (ms) | naive LIKE (ms) | listed / LIKE | FTS / LIKE |",
    "|---|---|---|---|---|---|",
  );
  for (const [kind, term] of Object.entries(searchTerms)) {
    const key = `ids, ${kind} "${term}": `;
    const [listed, fts, like] = ["as listed (window, then FTS)", "FTS query alone", "naive LIKE scan"].map(
      (k) => large[key + k] ?? 0,
    );
    lines.push(
      `| ${kind} "${term}" | ${ms(listed)} | ${ms(fts)} | ${ms(like)} | ${((listed ?? 0) / (like ?? 1)).toFixed(2)} | ${((fts ?? 0) / (like ?? 1)).toFixed(2)} |`,
    );
  }
  console.log(
    `\nmedians of ${RUNS} runs after ${WARMUP} warm-up runs, node ${process.version}\n\n${lines.join("\n")}\n`,
  );
});
