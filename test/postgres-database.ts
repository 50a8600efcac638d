// A throw-away PostgreSQL database per test suite, on the server TEST_DATABASE_URL names (.ci/run starts one;
// scripts/test-postgres.sh). Suites that need it skip, saying why, when the variable is unset.
import { randomBytes } from "node:crypto";
import path from "node:path";
import pg from "pg";

import { applyPostgresMigrations } from "../scripts/postgres-migrations.mjs";

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL;

/** Why a Postgres suite did not run, for describe.skipIf's title. */
export const POSTGRES_SKIP_REASON = "(skipped: TEST_DATABASE_URL is unset, see scripts/test-postgres.sh)";

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/** Creates a database with a unique name and returns its URL; drop() removes it (ending stray connections). */
export async function createTestDatabase(prefix: string): Promise<TestDatabase> {
  if (!TEST_DATABASE_URL) throw new Error("TEST_DATABASE_URL is unset");
  const name = `${prefix}_${randomBytes(4).toString("hex")}`.toLowerCase().replace(/[^a-z0-9_]/g, "_");
  const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

/** The committed PostgreSQL migrations (prisma/postgres/migrations), wherever the tests run from. */
export const MIGRATIONS_DIR = path.resolve(import.meta.dirname, "../prisma/postgres/migrations");

/** A fresh database with every committed PostgreSQL migration applied, as scripts/migrate.mjs would at start. */
export async function createMigratedTestDatabase(prefix: string): Promise<TestDatabase> {
  const database = await createTestDatabase(prefix);
  try {
    await applyPostgresMigrations(database.url, { dir: MIGRATIONS_DIR, log: () => undefined });
  } catch (error) {
    await database.drop();
    throw error;
  }
  return database;
}

/**
 * Points the app's database client (lib/server/db, imported after this) at a test database. PostgreSQL mode
 * requires STUDIO_SECRET (env.mjs), so a test-only one is set when none is.
 */
export function useDatabaseForApp(url: string): void {
  process.env.DATABASE_URL = url;
  process.env.STUDIO_SECRET ??= "test-only-secret-for-the-postgres-suites-0123456789";
}

/** For describe.skipIf: true, after saying so on the console, when TEST_DATABASE_URL is unset. */
export function skipPostgres(suite: string): boolean {
  if (TEST_DATABASE_URL) return false;
  console.warn(
    `[postgres] SKIPPED ${suite}: TEST_DATABASE_URL is not set. Start a server with ` +
      "`scripts/test-postgres.sh start` and export the URL it prints to run the PostgreSQL suites.",
  );
  return true;
}

/** Ends every other connection to `url`'s database: what the server does when an instance's process dies. */
export async function killOtherConnections(url: string, applicationName?: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const result = await client.query(
    `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
      WHERE datname = current_database() AND pid <> pg_backend_pid()
        AND ($1::text IS NULL OR application_name = $1)`,
    [applicationName ?? null],
  );
  await client.end();
  return result.rowCount ?? 0;
}
