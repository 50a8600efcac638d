import "server-only";

import { randomBytes } from "node:crypto";
import path from "node:path";
import pg from "pg";

import { applyPostgresMigrations } from "@/scripts/postgres-migrations.mjs";

// Test and bench support only (never imported by the app): each PostgreSQL suite gets its own database on the
// server TEST_DATABASE_URL names (CI starts one with scripts/test-postgres.sh), created fresh and dropped after,
// so suites, forks and helpers running at once never see each other's rows.

export const MIGRATIONS_DIR = path.resolve(import.meta.dirname, "../../prisma/postgres/migrations");

/** The server URL, or undefined when PostgreSQL tests are to be skipped. */
export function testDatabaseUrl(): string | undefined {
  return process.env.TEST_DATABASE_URL || undefined;
}

/** True (after saying so on the console) when TEST_DATABASE_URL is unset: use with describe.skipIf. */
export function skipPostgres(suite: string): boolean {
  if (testDatabaseUrl()) return false;
  console.warn(
    `[postgres] SKIPPED ${suite}: TEST_DATABASE_URL is not set. Start a server with ` +
      "`scripts/test-postgres.sh start` and export the URL it prints to run the PostgreSQL suites.",
  );
  return true;
}

async function onServer<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: testDatabaseUrl() });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

export interface TestPostgresDatabase {
  url: string;
  drop: () => Promise<void>;
}

/** A new, empty database (with every migration applied unless `migrate: false`). */
export async function createTestPostgresDatabase({ migrate = true } = {}): Promise<TestPostgresDatabase> {
  const server = testDatabaseUrl();
  if (!server) throw new Error("TEST_DATABASE_URL is not set");
  const name = `mj_test_${process.pid}_${randomBytes(4).toString("hex")}`;
  await onServer((client) => client.query(`CREATE DATABASE "${name}"`));
  const url = new URL(server);
  url.pathname = `/${name}`;
  if (migrate) await applyPostgresMigrations(url.href, { dir: MIGRATIONS_DIR, log: () => undefined });
  return {
    url: url.href,
    // FORCE: a pool a failed test left open must not keep the database alive.
    drop: () =>
      onServer((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => {}),
  };
}
