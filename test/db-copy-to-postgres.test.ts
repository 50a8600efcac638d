// `npm run db:copy-to-postgres` end to end: a single-machine studio's history (SQLite, written by Prisma) is
// copied into a fresh PostgreSQL database and read back through the Postgres Prisma client, every table, value
// for value; the Postgres search finds a Chinese prompt; a second run and a failing run change nothing.
import { PrismaPg } from "@prisma/adapter-pg";
import Database from "better-sqlite3";
import { copyFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { PrismaClient as SqliteClient } from "@/lib/generated/prisma/client";
import { Prisma, PrismaClient } from "@/lib/generated/prisma-pg/client";
import { openSecret } from "@/lib/server/crypto/secret-box";
import { indexedSearch } from "@/lib/server/tasks/dialect";
import { toLikePattern } from "@/lib/server/tasks/search-text";
import { createTestDatabase, skipPostgres, type TestDatabase } from "@/test/postgres-database";

import {
  CHINESE_PROMPT,
  createStudioDb,
  FILLER_TASKS,
  fillHistory,
  OLD_SECRET,
  runScript,
  sqliteClient,
  UPSTREAM_KEY,
} from "./db-copy-fixture";

// Every model of prisma/schema.prisma except SignInFailure (not copied), with a total order for comparing.
const MODELS = {
  user: { id: "asc" },
  account: { id: "asc" },
  session: { id: "asc" },
  verification: { id: "asc" },
  task: { id: "asc" },
  favorite: [{ userId: "asc" }, { taskId: "asc" }],
  collection: { id: "asc" },
  collectionItem: [{ collectionId: "asc" }, { taskId: "asc" }],
  invite: { id: "asc" },
  setting: { key: "asc" },
  auditLog: { id: "asc" },
} as const;
type Model = keyof typeof MODELS;

async function readAll(db: SqliteClient | PrismaClient, model: Model): Promise<unknown[]> {
  const delegate = (db as unknown as Record<Model, { findMany(args: object): Promise<unknown[]> }>)[model];
  return delegate.findMany({ orderBy: MODELS[model] });
}

describe.skipIf(skipPostgres("db:copy-to-postgres"))("db:copy-to-postgres", () => {
  const cleanups: (() => Promise<void> | void)[] = [];
  let source: ReturnType<typeof createStudioDb>;
  let sqlite: SqliteClient;
  let target: TestDatabase;
  let postgres: PrismaClient;
  let firstRun: { status: number | null; output: string };

  const copy = (from: string, url: string) =>
    runScript("db-copy-to-postgres.mjs", ["--from", `file:${from}`], {
      DATABASE_URL: url,
      STUDIO_SECRET: OLD_SECRET,
    });

  beforeAll(async () => {
    source = createStudioDb();
    cleanups.push(source.remove);
    sqlite = sqliteClient(source.file);
    cleanups.push(() => sqlite.$disconnect());
    await fillHistory(sqlite);
    target = await createTestDatabase("mj_copy");
    cleanups.push(() => target.drop());
    firstRun = copy(source.file, target.url);
    postgres = new PrismaClient({ adapter: new PrismaPg({ connectionString: target.url }) });
    cleanups.unshift(() => postgres.$disconnect());
  }, 120_000);

  afterAll(async () => {
    for (const cleanup of cleanups) await cleanup();
  });

  it("copies and prints the count of every table", () => {
    expect(firstRun.output).toMatch(/STUDIO_SECRET on every instance/);
    expect(firstRun.output).not.toMatch(/WARNING/);
    expect(firstRun.output).not.toContain(OLD_SECRET);
    expect(firstRun.status, firstRun.output).toBe(0);
    expect(firstRun.output).toMatch(new RegExp(`^\\s+Task\\s+${6 + FILLER_TASKS}$`, "m"));
    expect(firstRun.output).toMatch(/^\s+user\s+3$/m);
    expect(firstRun.output).toMatch(/^\s+CollectionItem\s+2$/m);
  });

  it.each(Object.keys(MODELS) as Model[])(
    "%s reads back from PostgreSQL as it was in SQLite",
    async (model) => {
      const before = await readAll(sqlite, model);
      expect(before.length).toBeGreaterThan(0);
      // toEqual compares Dates by their millisecond, booleans, numbers and the JSON text exactly.
      expect(await readAll(postgres, model)).toEqual(before);
    },
  );

  it("keeps lineage, the deleted task and the sealed setting (same secret)", async () => {
    const child = await postgres.task.findUniqueOrThrow({
      where: { id: "t_child" },
      include: { parent: true },
    });
    expect(child.parent?.id).toBe("t_parent_late");
    expect(child.parent?.parentId).toBe("t_root");
    const deleted = await postgres.task.findUniqueOrThrow({ where: { id: "t_deleted" } });
    expect(deleted.deletedAt?.toISOString()).toBe("2026-11-20T10:00:00.500Z");
    const setting = await postgres.setting.findUniqueOrThrow({ where: { key: "upstream" } });
    const { apiKey } = JSON.parse(setting.value) as { apiKey: string };
    expect(openSecret(apiKey, OLD_SECRET)).toBe(UPSTREAM_KEY);
    const admin = await postgres.account.findFirstOrThrow({ where: { userId: "u_admin" } });
    expect(admin.providerId).toBe("credential");
    expect(admin.password).toBe("scrypt$16384$8$1$c2FsdA$aGFzaA");
  });

  it("skips failed sign-ins, and new rows get fresh ids", async () => {
    expect(await postgres.signInFailure.count()).toBe(0);
    const row = await postgres.signInFailure.create({ data: { key: "ip:1" } });
    expect(row.id).toBeGreaterThan(0);
  });

  it("finds a Chinese prompt through the PostgreSQL search (pg_trgm ILIKE)", async () => {
    const where = indexedSearch("postgres", ["霓虹灯"], toLikePattern) ?? Prisma.sql`false`;
    const rows = await postgres.$queryRaw<{ id: string; prompt: string }[]>(
      Prisma.sql`SELECT "id", "prompt" FROM "Task" WHERE ${where}`,
    );
    expect(rows).toEqual([{ id: "t_root", prompt: CHINESE_PROMPT }]);
  });

  it("refuses a second run into the now filled database and changes nothing", async () => {
    const before = await postgres.task.findMany({ orderBy: { id: "asc" } });
    const again = copy(source.file, target.url);
    expect(again.status).toBe(2);
    expect(again.output).toMatch(/already holds studio data: .*user \(3\)/);
    expect(again.output).toMatch(/Nothing was copied/);
    expect(await postgres.task.findMany({ orderBy: { id: "asc" } })).toEqual(before);
  });

  it("leaves the target empty when a row fails half-way (one transaction)", async () => {
    const broken = path.join(source.dir, "broken.db");
    copyFileSync(source.file, broken);
    // PostgreSQL text cannot hold NUL; SQLite can. AuditLog is copied after users and tasks.
    const file = new Database(broken);
    file.prepare(`UPDATE "AuditLog" SET "detail" = ? WHERE "id" = 'l2'`).run("{\u0000}");
    file.close();
    const empty = await createTestDatabase("mj_copy_fail");
    cleanups.push(() => empty.drop());
    const run = copy(broken, empty.url);
    expect(run.status, run.output).toBe(1);
    expect(run.output).toMatch(/nothing was written to the target/);
    expect(run.output).toMatch(/0x00/);
    const check = new PrismaClient({ adapter: new PrismaPg({ connectionString: empty.url }) });
    try {
      expect(await check.user.count()).toBe(0);
      expect(await check.task.count()).toBe(0);
      expect(await check.auditLog.count()).toBe(0);
    } finally {
      await check.$disconnect();
    }
  });

  it("warns, without printing either value, when STUDIO_SECRET differs from the old DATA_DIR's file", async () => {
    const other = await createTestDatabase("mj_copy_secret");
    cleanups.push(() => other.drop());
    const run = runScript("db-copy-to-postgres.mjs", ["--from", source.file], {
      DATABASE_URL: other.url,
      STUDIO_SECRET: "a-different-cluster-secret-0123456789",
    });
    expect(run.status, run.output).toBe(0);
    expect(run.output).toMatch(/WARNING: STUDIO_SECRET here differs from .*studio-secret/);
    expect(run.output).not.toContain(OLD_SECRET);
    expect(run.output).not.toContain("a-different-cluster-secret");
  });
});
