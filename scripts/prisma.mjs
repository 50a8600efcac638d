#!/usr/bin/env node
// Runs the Prisma CLI offline-safe: .env loaded, telemetry and update checks off.
// The CLI uses the JS engine + better-sqlite3 adapter from prisma.config.ts, so no native engine is needed.
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";

import { loadDotEnv } from "./env-file.mjs";

// Before anything creates a file: the database, secrets and images are for this user only (0600/0700),
// and the Prisma CLI and the server started below inherit the mask.
process.umask(0o077);
loadDotEnv();
mkdirSync(process.env.DATA_DIR ?? "data", { recursive: true });
const result = spawnSync("npx", ["--no-install", "prisma", ...process.argv.slice(2)], {
  stdio: "inherit",
  env: process.env,
});
process.exit(result.status ?? 1);
