// The committed PostgreSQL migrations and their runner (scripts/postgres-migrations.mjs), on fresh databases:
// every migration applies, every model works through the Postgres Prisma client (a column a migration forgot
// fails here), instances starting together apply each migration once, and an edited migration is refused.
import { PrismaPg } from "@prisma/adapter-pg";
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { Prisma as SqlitePrisma } from "@/lib/generated/prisma/client";
import { Prisma, PrismaClient } from "@/lib/generated/prisma-pg/client";
import {
  createTestDatabase,
  MIGRATIONS_DIR,
  skipPostgres,
  type TestDatabase,
} from "@/test/postgres-database";

import { applyPostgresMigrations, readMigrations } from "../scripts/postgres-migrations.mjs";

const quiet = { dir: MIGRATIONS_DIR, log: () => undefined };

describe("readMigrations", () => {
  it("gives a migration checked out with CRLF line ends the checksum of its LF original", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "mj-pg-migrations-"));
    try {
      cpSync(MIGRATIONS_DIR, dir, { recursive: true });
      const [first] = readMigrations(dir);
      const file = path.join(dir, first?.name ?? "", "migration.sql");
      writeFileSync(file, readFileSync(file, "utf8").replace(/\n/g, "\r\n"));
      expect(readFileSync(file, "utf8")).toContain("\r\n");
      expect(readMigrations(dir)[0]?.checksum).toBe(first?.checksum);
      expect(readMigrations(dir)[0]?.sql).not.toContain("\r");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe.skipIf(skipPostgres("PostgreSQL migrations"))("PostgreSQL migrations", () => {
  const databases: TestDatabase[] = [];
  const fresh = async () => {
    const database = await createTestDatabase("mj_migrations");
    databases.push(database);
    return database;
  };
  afterAll(async () => {
    for (const database of databases) await database.drop();
  });

  it("applies every migration once, in order, and then nothing", async () => {
    const { url } = await fresh();
    const all = readMigrations(MIGRATIONS_DIR).map((migration) => migration.name);
    expect(all.length).toBeGreaterThan(0);
    expect(await applyPostgresMigrations(url, quiet)).toEqual(all);
    expect(await applyPostgresMigrations(url, quiet)).toEqual([]);
  });

  it("applies each migration once when two instances start at the same moment", async () => {
    const { url } = await fresh();
    const [first, second] = await Promise.all([
      applyPostgresMigrations(url, quiet),
      applyPostgresMigrations(url, quiet),
    ]);
    expect([...first, ...second].sort()).toEqual(readMigrations(MIGRATIONS_DIR).map((m) => m.name));
  });

  it("refuses to run when an applied migration was edited afterwards", async () => {
    const { url } = await fresh();
    const dir = mkdtempSync(path.join(os.tmpdir(), "mj-pg-migrations-"));
    try {
      cpSync(MIGRATIONS_DIR, dir, { recursive: true });
      await applyPostgresMigrations(url, { ...quiet, dir });
      const [first] = readMigrations(dir);
      appendFileSync(path.join(dir, first?.name ?? "", "migration.sql"), "\n-- edited\n");
      await expect(applyPostgresMigrations(url, { ...quiet, dir })).rejects.toThrow(
        /was edited after it was applied/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("rolls a failing migration back completely and records nothing", async () => {
    const { url } = await fresh();
    const dir = mkdtempSync(path.join(os.tmpdir(), "mj-pg-migrations-"));
    try {
      cpSync(MIGRATIONS_DIR, dir, { recursive: true });
      const broken = path.join(dir, "29991231000000_broken");
      cpSync(path.join(dir, readMigrations(dir)[0]?.name ?? ""), broken, { recursive: true });
      const sql = 'CREATE TABLE "Half" ("id" INT);\nSELECT no_such_function();\n';
      rmSync(path.join(broken, "migration.sql"));
      appendFileSync(path.join(broken, "migration.sql"), sql);
      await expect(applyPostgresMigrations(url, { ...quiet, dir })).rejects.toThrow(
        /29991231000000_broken failed/,
      );
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      const half = await client.query<{ table: string | null }>(`SELECT to_regclass('"Half"') AS "table"`);
      const recorded = await client.query(`SELECT "name" FROM "_studio_migrations" ORDER BY "name"`);
      await client.end();
      expect(half.rows[0]?.table).toBeNull();
      expect(recorded.rows.map((row: { name: string }) => row.name)).toEqual(
        readMigrations(MIGRATIONS_DIR).map((m) => m.name),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("reports the migration's own error when the connection dies with it and ROLLBACK fails too", async () => {
    const { url } = await fresh();
    const dir = mkdtempSync(path.join(os.tmpdir(), "mj-pg-migrations-"));
    try {
      mkdirSync(path.join(dir, "29991231000000_dies"));
      // The server ends this very session mid-migration: the statement fails, and so does the ROLLBACK after it.
      writeFileSync(
        path.join(dir, "29991231000000_dies", "migration.sql"),
        "SELECT pg_terminate_backend(pg_backend_pid());\n",
      );
      await expect(applyPostgresMigrations(url, { ...quiet, dir })).rejects.toThrow(
        /29991231000000_dies failed: .*terminating connection due to administrator command/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  describe("every model through the PostgreSQL Prisma client", () => {
    let db: PrismaClient;
    beforeAll(async () => {
      const { url } = await fresh();
      await applyPostgresMigrations(url, quiet);
      db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 2 }) });
    });
    afterAll(async () => {
      await db?.$disconnect();
    });

    it("creates and reads back a row of each model, every column included", async () => {
      const at = new Date("2026-12-07T12:34:56.789Z");
      await db.user.create({ data: { id: "u1", name: "Ada", email: "ada@example.test", dailyLimit: 5 } });
      await db.session.create({ data: { id: "s1", token: "tok", userId: "u1", expiresAt: at } });
      await db.account.create({
        data: { id: "a1", accountId: "u1", providerId: "credential", userId: "u1", password: "hash" },
      });
      await db.verification.create({ data: { id: "v1", identifier: "x", value: "y", expiresAt: at } });
      await db.invite.create({ data: { id: "i1", tokenHash: "h", createdById: "u1", expiresAt: at } });
      await db.task.create({
        data: {
          id: "t1",
          action: "IMAGINE",
          status: "succeeded",
          prompt: "猫 cat",
          authorId: "u1",
          finishedAt: at,
        },
      });
      await db.task.create({
        data: {
          id: "t2",
          action: "UPSCALE",
          status: "queued",
          prompt: "p",
          parentId: "t1",
          imageRetryAt: at,
        },
      });
      await db.favorite.create({ data: { userId: "u1", taskId: "t1" } });
      await db.collection.create({ data: { id: "c1", name: "Mood", coverTaskId: "t1" } });
      await db.collectionItem.create({ data: { collectionId: "c1", taskId: "t1" } });
      await db.setting.create({ data: { key: "k", value: "v" } });
      await db.auditLog.create({ data: { id: "l1", actorName: "Ada", action: "test" } });
      await db.signInFailure.create({ data: { key: "email:ada@example.test", at } });
      await db.reference.create({
        data: {
          id: "r1",
          ownerId: "u1",
          imagePath: "references/r1.png",
          imageMime: "image/png",
          imageBytes: 10,
          width: 1,
          height: 1,
          hash: "h",
          sourceTaskId: "t1",
          sourceCell: 2,
          upstreamUrl: "https://cdn.example/x.png",
          upstreamUrlKey: "k",
          upstreamUrlAt: at,
        },
      });
      await db.taskInput.create({
        data: { taskId: "t1", position: 0, role: "style", weight: 250, referenceId: "r1" },
      });
      await db.batch.create({
        data: { id: "b1", authorId: "u1", text: "{red, blue} cat", idempotencyKey: "bk", cancelledAt: at },
      });
      await db.batchJob.create({
        data: { id: "j1", batchId: "b1", position: 0, prompt: "red cat", taskId: "t1", retryAt: at },
      });
      await db.preset.create({
        data: { id: "p1", ownerId: "u1", name: "Poster", prompt: "cat --ar 16:9", shared: true },
      });
      await db.presetReference.create({
        data: { presetId: "p1", position: 0, referenceId: "r1", role: "style", weight: 100 },
      });
      await db.profileCode.create({
        data: { id: "pc1", name: "Team look", code: "abc123", kind: "moodboard", createdById: "u1" },
      });

      // findMany selects every column of the model: a column missing from the migrations fails here.
      const models = Object.values(Prisma.ModelName);
      for (const model of models) {
        const delegate = model.charAt(0).toLowerCase() + model.slice(1);
        const rows = (await (db as unknown as Record<string, { findMany: () => Promise<unknown[]> }>)[
          delegate
        ]?.findMany()) as unknown[];
        expect(rows?.length, `${model} has a row`).toBeGreaterThan(0);
      }
      const task = await db.task.findUniqueOrThrow({ where: { id: "t1" }, include: { children: true } });
      expect(task.finishedAt).toEqual(at);
      expect(task.children.map((child) => child.id)).toEqual(["t2"]);
      // The health check's probe (lib/server/health.ts).
      await expect(db.$queryRaw`SELECT 1`).resolves.toHaveLength(1);
      const failure = await db.signInFailure.findFirstOrThrow();
      expect(typeof failure.id).toBe("number");
      expect(failure.at).toEqual(at);
    });

    // lib/server/db.ts types the Postgres client as the SQLite one, and error handling (P2002 on a duplicate
    // idempotency key, collection name, ...) checks errors against the SQLite client's classes: both generated
    // clients share one runtime, so the check must hold for Postgres errors too.
    it("reports a unique violation as the P2002 error the SQLite client's classes recognise", async () => {
      const duplicate = db.user.create({ data: { id: "u2", name: "Ada again", email: "ada@example.test" } });
      const error: unknown = await duplicate.catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(SqlitePrisma.PrismaClientKnownRequestError);
      expect((error as { code?: string }).code).toBe("P2002");
    });

    it("has pg_trgm and the trigram search indexes", async () => {
      // ::text: the adapter cannot read PostgreSQL's "name" type (catalog columns), a known Prisma 6 limitation.
      const indexes = await db.$queryRaw<{ indexname: string }[]>`
        SELECT "indexname"::text AS "indexname" FROM pg_indexes WHERE "tablename" = 'Task' AND "indexdef" LIKE '%gin_trgm_ops%'`;
      expect(indexes.map((row) => row.indexname).sort()).toEqual([
        "Task_finalPrompt_trgm_idx",
        "Task_promptEn_trgm_idx",
        "Task_prompt_trgm_idx",
      ]);
    });
  });
});
