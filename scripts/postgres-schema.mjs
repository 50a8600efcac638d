#!/usr/bin/env node
// Writes prisma/postgres/schema.prisma: prisma/schema.prisma with a PostgreSQL datasource and its own client
// output. Prisma fixes the datasource provider per schema file, so Postgres needs a copy; deriving it keeps one
// source of truth for the models. test/postgres-schema.test.ts fails when the committed copy is stale.
//   node scripts/postgres-schema.mjs          (scripts/new-migration.mjs runs it too)
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export const SQLITE_SCHEMA = path.join("prisma", "schema.prisma");
export const POSTGRES_SCHEMA = path.join("prisma", "postgres", "schema.prisma");

const HEADER =
  "// GENERATED from prisma/schema.prisma by scripts/postgres-schema.mjs: edit that file, then run the script.\n";

/** Replaces exactly one occurrence, so a reworded generator or datasource block fails loudly here. */
function replaceOnce(text, pattern, replacement) {
  const matches = text.match(new RegExp(pattern, "g")) ?? [];
  if (matches.length !== 1) throw new Error(`prisma/schema.prisma: expected one match of ${pattern}`);
  return text.replace(pattern, replacement);
}

/** The Postgres copy of a SQLite schema's text. */
export function postgresSchemaFrom(sqliteSchema) {
  let text = replaceOnce(sqliteSchema, /provider\s*=\s*"sqlite"/, 'provider = "postgresql"');
  // The copy lives one folder deeper, and its client must not overwrite the SQLite one.
  text = replaceOnce(
    text,
    /output(\s*)=\s*"\.\.\/lib\/generated\/prisma"/,
    'output$1= "../../lib/generated/prisma-pg"',
  );
  return HEADER + text;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(POSTGRES_SCHEMA, postgresSchemaFrom(readFileSync(SQLITE_SCHEMA, "utf8")));
  console.log(`wrote ${POSTGRES_SCHEMA}`);
}
