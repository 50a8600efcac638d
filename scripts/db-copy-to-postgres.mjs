#!/usr/bin/env node
// `npm run db:copy-to-postgres -- --from file:./data/studio.db`: copies a single-machine studio's SQLite history
// into the PostgreSQL database DATABASE_URL names, for a team moving to several instances (docs/deploy.md).
// Applies the Postgres migrations first, refuses a target that already holds studio rows, and copies every
// table in ONE transaction: it either all arrives or nothing does, so a failed run can simply be repeated.
// Exit code 0 copied, 1 failed (nothing written), 2 refused before starting.
import Database from "better-sqlite3";
import { timingSafeEqual } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";

import { copyTable, quote, resetSequences, targetTables } from "./db-copy-tables.mjs";
import { loadDotEnv } from "./env-file.mjs";
import { applyPostgresMigrations } from "./postgres-migrations.mjs";
import { databaseKind, schemeOf } from "../lib/db-kind.mjs";

const ROOT = path.resolve(import.meta.dirname, "..");
const USAGE =
  "Usage: npm run db:copy-to-postgres -- --from file:./data/studio.db [--data-dir DIR]\n" +
  "The target is DATABASE_URL, which must be a postgresql:// URL.";

function refuse(message) {
  console.error(`${message}\n\nNothing was copied.`);
  process.exit(2);
}

/** `--name value` or `--name=value`. */
function option(args, name) {
  const index = args.findIndex((arg) => arg === name || arg.startsWith(`${name}=`));
  if (index === -1) return undefined;
  const arg = args[index] ?? "";
  return arg.includes("=") ? arg.slice(name.length + 1) : args[index + 1];
}

const args = process.argv.slice(2);
const known = ["--from", "--data-dir"];
const stray = args.filter(
  (arg) => arg.startsWith("--") && !known.some((k) => arg === k || arg.startsWith(`${k}=`)),
);
if (stray.length) refuse(`Unknown option ${stray.join(", ")}.\n${USAGE}`);
const from = option(args, "--from");
if (!from) refuse(`Say which SQLite database to copy with --from.\n${USAGE}`);

loadDotEnv();
const target = process.env.DATABASE_URL ?? "";
let targetKind;
try {
  targetKind = databaseKind(target);
} catch (error) {
  refuse(String(error instanceof Error ? error.message : error));
}
if (targetKind !== "postgres") {
  refuse(
    `DATABASE_URL must name the PostgreSQL database to copy into (postgresql://…), got ${schemeOf(target)}.\n${USAGE}`,
  );
}

const sourceFile = path.resolve(from.startsWith("file:") ? from.slice(5).split("?")[0] : from);
if (!existsSync(sourceFile)) refuse(`There is no SQLite database at ${sourceFile}.`);
const dataDir = path.resolve(option(args, "--data-dir") ?? path.dirname(sourceFile));

// ---- The source must be a studio database with exactly this release's migrations applied --------------------

/** @type {import("better-sqlite3").Database} */
let sqlite;
try {
  sqlite = new Database(sourceFile, { readonly: true, fileMustExist: true });
  sqlite.prepare("SELECT count(*) FROM sqlite_master").get();
} catch (error) {
  refuse(`${sourceFile} is not a SQLite database (${error instanceof Error ? error.message : error}).`);
}
const hasTable = (name) =>
  sqlite.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(name) !== undefined;
if (!hasTable("_prisma_migrations") || !hasTable("Task")) {
  refuse(`${sourceFile} is not a migrated MJ Studio database (it has no _prisma_migrations or Task table).`);
}
const shipped = readdirSync(path.join(ROOT, "prisma", "migrations"), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && /^\d{14}_/.test(entry.name))
  .map((entry) => entry.name);
const applied = new Set(
  sqlite
    .prepare(
      `SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    )
    .pluck()
    .all(),
);
const pending = shipped.filter((name) => !applied.has(name)).sort();
if (pending.length) {
  refuse(
    `The source database lacks migrations ${pending.join(", ")}. Bring it up to date first:\n` +
      `  DATABASE_URL=file:${sourceFile} npm run db:migrate`,
  );
}
const newer = [...applied].filter((name) => !shipped.includes(name)).sort();
if (newer.length) {
  refuse(
    `The source database has migrations this release does not know (${newer.join(", ")}): it comes from a ` +
      "newer studio. Copy it with that release.",
  );
}

// ---- The secret: sealed settings and sessions only open with the old install's one ---------------------------

console.log(
  "STUDIO_SECRET on every instance of the cluster must equal the old install's secret: its STUDIO_SECRET, or,\n" +
    "when it had none, the content of its DATA_DIR/studio-secret file. Otherwise the saved upstream key cannot\n" +
    "be decrypted (enter it again in the settings) and everyone is signed out.",
);
const secretFile = path.join(dataDir, "studio-secret");
if (!process.env.STUDIO_SECRET) {
  console.warn("WARNING: STUDIO_SECRET is not set here; the cluster needs it (see above) before it starts.");
} else if (existsSync(secretFile)) {
  const old = Buffer.from(readFileSync(secretFile, "utf8").trim());
  const now = Buffer.from(process.env.STUDIO_SECRET ?? "");
  if (old.length !== now.length || !timingSafeEqual(old, now)) {
    console.warn(
      `WARNING: STUDIO_SECRET here differs from ${secretFile}. If the old install had no STUDIO_SECRET of its\n` +
        "own, set the cluster's STUDIO_SECRET to that file's content.",
    );
  }
}

// ---- Copy -----------------------------------------------------------------------------------------------------

const client = new pg.Client({ connectionString: target });
// A lost connection fails the running query, reported below; without a listener it would crash the process.
client.on("error", () => undefined);
let committed = false;
try {
  await applyPostgresMigrations(target, { dir: path.join(ROOT, "prisma", "postgres", "migrations") });
  await client.connect();
  const tables = await targetTables(client);
  await client.query("BEGIN");
  // Nobody writes the studio's tables while they are checked and filled (a cluster instance started too early).
  await client.query(`LOCK TABLE ${tables.map((t) => quote(t.name)).join(", ")} IN SHARE ROW EXCLUSIVE MODE`);
  const occupied = [];
  for (const table of tables) {
    const { rows } = await client.query(`SELECT count(*)::int AS n FROM ${quote(table.name)}`);
    if (rows[0].n > 0) occupied.push(`${table.name} (${rows[0].n})`);
  }
  if (occupied.length) {
    await client.query("ROLLBACK");
    refuse(
      `The target database already holds studio data: ${occupied.join(", ")}. The copy only goes into an ` +
        "empty studio database, so nothing can be overwritten or mixed. Use a new database (or drop this one) " +
        "and run it again.",
    );
  }
  // One read transaction on SQLite too: every table comes from the same moment, even if the old studio still runs.
  sqlite.exec("BEGIN");
  const counts = [];
  for (const table of tables) {
    counts.push([table.name, await copyTable(sqlite, client, table)]);
  }
  sqlite.exec("COMMIT");
  await resetSequences(client, tables);
  await client.query("COMMIT");
  committed = true;
  // Rows written in bulk wait in the trigram indexes' pending lists until a vacuum (docs/database.md).
  await client
    .query(`VACUUM ANALYZE ${tables.map((t) => quote(t.name)).join(", ")}`)
    .catch(() =>
      console.warn("VACUUM ANALYZE failed; run it by hand (docs/database.md), searches may be slow."),
    );
  console.log(`\nCopied ${sourceFile} into PostgreSQL:`);
  for (const [name, count] of counts) console.log(`  ${name.padEnd(16)} ${String(count).padStart(8)}`);
  console.log("Not copied: the search index (PostgreSQL has its own) and recent failed sign-ins.");
} catch (error) {
  if (!committed) await client.query("ROLLBACK").catch(() => undefined);
  console.error(
    `The copy failed${committed ? " after it was committed" : "; nothing was written to the target"}: ` +
      `${error instanceof Error ? error.message : error}`,
  );
  process.exitCode = 1;
} finally {
  await client.end().catch(() => undefined);
  sqlite.close();
}
