#!/usr/bin/env node
// Writes the migrations for a change to prisma/schema.prisma, for BOTH databases, under one timestamp:
//   node scripts/new-migration.mjs <name> [--from <git ref>]     (npm run db:new-migration -- <name>)
// 1. refreshes prisma/postgres/schema.prisma (the derived Postgres copy);
// 2. diffs the schema at <git ref> (default HEAD: the schema the committed migrations produce) against the
//    working copy with `prisma migrate diff`, once per provider, which needs no database;
// 3. writes prisma/migrations/<ts>_<name>/migration.sql and prisma/postgres/migrations/<ts>_<name>/migration.sql;
// 4. regenerates both clients. Review both files before committing (docs/database.md lists what to look for).
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

import { POSTGRES_MIGRATIONS_DIR } from "./postgres-migrations.mjs";
import { POSTGRES_SCHEMA, postgresSchemaFrom, SQLITE_SCHEMA } from "./postgres-schema.mjs";

const args = process.argv.slice(2);
const name = args[0];
const fromIndex = args.indexOf("--from");
const ref = fromIndex >= 0 ? args[fromIndex + 1] : "HEAD";
if (!name || !/^[a-z0-9_]+$/.test(name) || !ref) {
  console.error("usage: node scripts/new-migration.mjs <snake_case_name> [--from <git ref>]");
  process.exit(1);
}

function run(cmd, cmdArgs) {
  const result = spawnSync(cmd, cmdArgs, { encoding: "utf8", env: process.env, maxBuffer: 64 << 20 });
  if (result.status !== 0) {
    process.stderr.write(result.stderr ?? "");
    throw new Error(`${cmd} ${cmdArgs.join(" ")} failed`);
  }
  return result.stdout;
}

const current = readFileSync(SQLITE_SCHEMA, "utf8");
writeFileSync(POSTGRES_SCHEMA, postgresSchemaFrom(current));

const tmp = mkdtempSync(path.join(os.tmpdir(), "mj-new-migration-"));
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const folder = `${stamp}_${name}`;
try {
  const previous = run("git", ["show", `${ref}:${SQLITE_SCHEMA}`]);
  const targets = [
    { label: "SQLite", from: previous, to: SQLITE_SCHEMA, dir: path.join("prisma", "migrations") },
    {
      label: "PostgreSQL",
      from: postgresSchemaFrom(previous),
      to: POSTGRES_SCHEMA,
      dir: POSTGRES_MIGRATIONS_DIR,
    },
  ];
  for (const [i, target] of targets.entries()) {
    const fromFile = path.join(tmp, `previous-${i}.prisma`);
    writeFileSync(fromFile, target.from);
    const sql = run("node", [
      "scripts/prisma.mjs",
      "migrate",
      "diff",
      "--from-schema-datamodel",
      fromFile,
      "--to-schema-datamodel",
      target.to,
      "--script",
    ]);
    if (/^-- This is an empty migration\.\s*$/.test(sql.trim()) || sql.trim() === "") {
      console.log(`${target.label}: no change against ${ref}, nothing written.`);
      continue;
    }
    mkdirSync(path.join(target.dir, folder), { recursive: true });
    const file = path.join(target.dir, folder, "migration.sql");
    writeFileSync(file, sql);
    console.log(`${target.label}: wrote ${file}`);
    if (target.label === "SQLite" && /DROP TABLE "Task"/.test(sql)) {
      console.warn(
        'SQLite: this migration rebuilds "Task", which drops the TaskSearch triggers: append the three CREATE ' +
          "TRIGGER statements from prisma/migrations/20261128000000_team_workspace/migration.sql (docs/database.md).",
      );
    }
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
run("node", ["scripts/prisma.mjs", "generate"]);
console.log(
  "Both clients regenerated. Apply with `npm run db:migrate`; review both SQL files before committing.",
);
