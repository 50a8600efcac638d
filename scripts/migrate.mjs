#!/usr/bin/env node
// `npm run db:migrate`, and the first step of `npm start` and `npm run dev`: brings the database DATABASE_URL
// names up to date. SQLite: `prisma migrate deploy` (prisma/migrations). PostgreSQL: the runner in
// postgres-migrations.mjs (prisma/postgres/migrations), because `prisma migrate` cannot run against Postgres on
// the JS engine. Safe to run from several instances at once on Postgres (an advisory lock serialises them).
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";

import { loadDotEnv } from "./env-file.mjs";
import { applyPostgresMigrations } from "./postgres-migrations.mjs";
import { databaseKind } from "../lib/db-kind.mjs";

// Before anything creates a file: the SQLite database is for this user only (0600).
process.umask(0o077);
loadDotEnv();
const url = process.env.DATABASE_URL ?? "";

if (databaseKind(url) === "postgres") {
  try {
    await applyPostgresMigrations(url);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
} else {
  mkdirSync(process.env.DATA_DIR ?? "data", { recursive: true });
  const result = spawnSync("node", ["scripts/prisma.mjs", "migrate", "deploy"], {
    stdio: "inherit",
    env: process.env,
  });
  process.exit(result.status ?? 1);
}
