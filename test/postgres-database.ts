// A throw-away PostgreSQL database per test suite, on the server TEST_DATABASE_URL names (.ci/run starts one;
// scripts/test-postgres.sh). Suites that need it skip, saying why, when the variable is unset.
import { randomBytes } from "node:crypto";
import pg from "pg";

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
