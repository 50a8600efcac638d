// Applies the committed PostgreSQL migrations (prisma/postgres/migrations/<timestamp>_<name>/migration.sql).
// `prisma migrate deploy` cannot do it: on Prisma 6.19's JS engine it fails against Postgres while reading its
// own bookkeeping (docs/database.md). This runner keeps the same contract: its own table of applied migrations,
// each migration in one transaction, applied in name order, an applied migration never edited.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";

export const POSTGRES_MIGRATIONS_DIR = path.join("prisma", "postgres", "migrations");
export const MIGRATIONS_TABLE = "_studio_migrations";
// Session advisory lock held while migrating: instances starting together take turns, so each migration runs
// once and the later ones find it recorded. Any fixed bigint works; this one spells "mjmigr" in ASCII.
export const MIGRATION_LOCK_KEY = "120303869585266";

/**
 * @typedef {{ name: string, sql: string, checksum: string }} Migration
 * @param {string} dir
 * @returns {Migration[]}
 */
export function readMigrations(dir = POSTGRES_MIGRATIONS_DIR) {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && /^\d{14}_[\w-]+$/.test(entry.name))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      // LF only: a Windows checkout (git autocrlf) must not look like an edit of an applied migration.
      const sql = readFileSync(path.join(dir, name, "migration.sql"), "utf8").replace(/\r\n/g, "\n");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

/**
 * Brings the database at `url` up to date. Returns the names of the migrations it applied (empty when none were
 * pending). Throws when an applied migration's file changed since: the database and the code would disagree.
 * @param {string} url
 * @param {{ dir?: string, log?: (line: string) => void }} [options]
 * @returns {Promise<string[]>}
 */
export async function applyPostgresMigrations(
  url,
  { dir = POSTGRES_MIGRATIONS_DIR, log = console.log } = {},
) {
  const migrations = readMigrations(dir);
  const client = new pg.Client({ connectionString: url });
  // A connection lost mid-migration fails the running query, which is reported below; without a listener the
  // client's own 'error' event would crash the process first.
  client.on("error", () => undefined);
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1::bigint)", [MIGRATION_LOCK_KEY]);
    await client.query(`CREATE TABLE IF NOT EXISTS "${MIGRATIONS_TABLE}" (
      "name" TEXT PRIMARY KEY,
      "checksum" TEXT NOT NULL,
      "appliedAt" TIMESTAMPTZ NOT NULL DEFAULT now()
    )`);
    const { rows } = await client.query(`SELECT "name", "checksum" FROM "${MIGRATIONS_TABLE}"`);
    const applied = new Map(rows.map((row) => [row.name, row.checksum]));
    for (const migration of migrations) {
      const checksum = applied.get(migration.name);
      if (checksum !== undefined && checksum !== migration.checksum) {
        throw new Error(
          `PostgreSQL migration ${migration.name} was edited after it was applied. Put the change in a new ` +
            "migration and restore the original file.",
        );
      }
    }
    // A newer release may have applied migrations this one does not know (a rolling upgrade): not an error.
    const unknown = [...applied.keys()].filter((name) => !migrations.some((m) => m.name === name));
    if (unknown.length > 0)
      log(`The database has migrations this version does not ship: ${unknown.join(", ")}`);
    const pending = migrations.filter((migration) => !applied.has(migration.name));
    for (const migration of pending) {
      await client.query("BEGIN");
      try {
        await client.query(migration.sql);
        await client.query(`INSERT INTO "${MIGRATIONS_TABLE}" ("name", "checksum") VALUES ($1, $2)`, [
          migration.name,
          migration.checksum,
        ]);
        await client.query("COMMIT");
      } catch (error) {
        // When ROLLBACK fails too (the connection is gone), the migration's own error is the one that explains.
        // Postgres rolls back an unfinished transaction of a lost session by itself.
        await client.query("ROLLBACK").catch(() => undefined);
        throw new Error(`PostgreSQL migration ${migration.name} failed: ${String(error)}`, { cause: error });
      }
      log(`Applied PostgreSQL migration ${migration.name}`);
    }
    if (pending.length === 0) log("PostgreSQL schema is up to date.");
    return pending.map((migration) => migration.name);
  } finally {
    // Ending the session releases the advisory lock too; unlocking first just frees it sooner.
    await client.query("SELECT pg_advisory_unlock($1::bigint)", [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await client.end().catch(() => undefined);
  }
}
