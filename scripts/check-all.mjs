#!/usr/bin/env node
// `npm test`: every check, in order, stopping at the first failure: typecheck, lint, unit, build, e2e.
import { spawnSync } from "node:child_process";

import { loadDotEnv } from "./env-file.mjs";

loadDotEnv();
// The PostgreSQL suites (data layer on both databases, several instances, the scale-out e2e) need a server to
// create throw-away databases on; `.ci/run` always starts one. Without it they are skipped, and we say so up front.
if (process.env.TEST_DATABASE_URL) {
  console.log(
    `PostgreSQL suites: on (TEST_DATABASE_URL=${process.env.TEST_DATABASE_URL.replace(/\/\/[^@/]*@/, "//***@")})`,
  );
} else {
  console.log(
    "PostgreSQL suites: SKIPPED (TEST_DATABASE_URL is not set). Start one with\n" +
      "  export TEST_DATABASE_URL=$(scripts/test-postgres.sh start | tail -1)",
  );
}
const steps = [
  ["prisma client", "node", ["scripts/prisma.mjs", "generate"]],
  ["typecheck", "npx", ["--no-install", "tsc", "--noEmit"]],
  ["lint", "npx", ["--no-install", "eslint", "."]],
  ["unit tests", "npx", ["--no-install", "vitest", "run"]],
  ["build", "npx", ["--no-install", "next", "build"]],
  ["e2e (Playwright, Chromium)", "npx", ["--no-install", "playwright", "test"]],
];

const only = process.argv.slice(2);
for (const [name, cmd, args] of steps) {
  if (only.length && !only.some((o) => name.startsWith(o))) continue;
  console.log(`\n=== ${name} ===`);
  const started = Date.now();
  const result = spawnSync(cmd, args, { stdio: "inherit", env: process.env });
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  if (result.status !== 0) {
    console.error(`\n✗ ${name} failed after ${seconds}s`);
    process.exit(result.status ?? 1);
  }
  console.log(`✓ ${name} (${seconds}s)`);
}
console.log("\nAll checks passed.");
