#!/usr/bin/env node
// `npm start`: migrate the database, build if the sources changed since the last build, then serve.
//   --no-build   serve the existing build as is (used by the e2e tests after `npm test` built it)
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

import { loadDotEnv } from "./env-file.mjs";

// Before anything creates a file: the database, secrets and images are for this user only (0600/0700),
// and the Prisma CLI and the server started below inherit the mask.
process.umask(0o077);
loadDotEnv();
const port = process.env.PORT ?? "3000";
mkdirSync(process.env.DATA_DIR ?? "data", { recursive: true });

function run(cmd, args) {
  const result = spawnSync(cmd, args, { stdio: "inherit", env: process.env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name.startsWith(".")) continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

function buildIsStale() {
  const marker = ".next/BUILD_ID";
  if (!existsSync(marker)) return true;
  const built = statSync(marker).mtimeMs;
  const sources = ["app", "components", "lib", "simulator", "i18n", "messages", "public", "prisma"].filter(
    (d) => existsSync(d),
  );
  const configs = ["next.config.mjs", "env.mjs", "package.json", "instrumentation.ts"].filter((f) =>
    existsSync(f),
  );
  return Math.max(...sources.map(newestMtime), ...configs.map((f) => statSync(f).mtimeMs)) > built;
}

const clients = ["lib/generated/prisma/client.ts", "lib/generated/prisma-pg/client.ts"];
if (!clients.every((file) => existsSync(file))) run("node", ["scripts/prisma.mjs", "generate"]);
run("node", ["scripts/migrate.mjs"]);
if (!process.argv.includes("--no-build") && buildIsStale()) run("npx", ["--no-install", "next", "build"]);

console.log(
  `\nMJ Studio on http://localhost:${port}${process.env.MJ_API_BASE ? "" : "  (built-in simulator, no key needed)"}\n`,
);
// Node closes idle keep-alive connections after 5 s; a client (or reverse proxy) reusing one at that moment gets
// ECONNRESET. Proxies keep theirs ~60 s, so the server must wait longer than they do.
const server = spawn("npx", ["--no-install", "next", "start", "-p", port, "--keepAliveTimeout", "65000"], {
  stdio: "inherit",
  env: process.env,
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
