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

function prisma(args, env = process.env) {
  const result = spawnSync("npx", ["--no-install", "prisma", ...args], { stdio: "inherit", env });
  return result.status ?? 1;
}

const args = process.argv.slice(2);
let status = prisma(args);
if (status === 0 && args[0] === "generate" && !args.some((arg) => arg.startsWith("--schema"))) {
  // The CLI validates the datasource URL's scheme against the provider even for `generate`, which never
  // connects: give the Postgres schema a placeholder when DATABASE_URL is a SQLite file.
  const url = process.env.DATABASE_URL ?? "";
  const pgUrl = url && databaseKind(url) === "postgres" ? url : "postgresql://localhost/generate-only";
  status = prisma([...args, "--schema", POSTGRES_SCHEMA], { ...process.env, DATABASE_URL: pgUrl });
}
process.exit(status);
