#!/usr/bin/env node
// `npm test`: every check, in order, stopping at the first failure: typecheck, lint, unit, build, e2e.
import { spawnSync } from "node:child_process";

import { loadDotEnv } from "./env-file.mjs";

loadDotEnv();
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
