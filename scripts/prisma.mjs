#!/usr/bin/env node
// Runs the Prisma CLI offline-safe: .env loaded, telemetry and update checks off.
// The CLI uses the JS engine + better-sqlite3 adapter from prisma.config.ts, so no native engine is needed.
// `generate` without --schema generates BOTH clients: SQLite (lib/generated/prisma) and PostgreSQL
// (lib/generated/prisma-pg, from prisma/postgres/schema.prisma), so either database works without a rebuild.
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";

import { loadDotEnv } from "./env-file.mjs";
import { POSTGRES_SCHEMA } from "./postgres-schema.mjs";
import { databaseKind } from "../lib/db-kind.mjs";

// Before anything creates a file: the database, secrets and images are for this user only (0600/0700),
// and the Prisma CLI and the server started below inherit the mask.
process.umask(0o077);
loadDotEnv();
mkdirSync(process.env.DATA_DIR ?? "data", { recursive: true });

const args = process.argv.slice(2);
const url = process.env.DATABASE_URL ?? "";
const onPostgres = databaseKind(url) === "postgres";
// Commands that only read schema files. The CLI still checks DATABASE_URL's scheme against the schema's
// provider (and, when that fails, tries to download a native engine), so they get a placeholder of the right
// kind: none of them connects.
const schemaOnly =
  ["generate", "validate", "format"].includes(args[0] ?? "") || args.slice(0, 2).join(" ") === "migrate diff";
const PLACEHOLDER = { sqlite: "file:./data/schema-only.db", postgres: "postgresql://localhost/schema-only" };

function prisma(cliArgs, databaseUrl) {
  const env = { ...process.env, DATABASE_URL: databaseUrl };
  return spawnSync("npx", ["--no-install", "prisma", ...cliArgs], { stdio: "inherit", env }).status ?? 1;
}

if (onPostgres && !schemaOnly) {
  console.error(
    "DATABASE_URL is PostgreSQL: the Prisma CLI's database commands work on SQLite only here. Apply migrations " +
      "with `npm run db:migrate` (scripts/migrate.mjs); see docs/database.md.",
  );
  process.exit(1);
}
let status = prisma(args, onPostgres ? PLACEHOLDER.sqlite : url);
if (status === 0 && args[0] === "generate" && !args.some((arg) => arg.startsWith("--schema"))) {
  status = prisma([...args, "--schema", POSTGRES_SCHEMA], onPostgres ? url : PLACEHOLDER.postgres);
}
process.exit(status);
