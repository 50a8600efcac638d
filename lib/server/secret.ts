import "server-only";

import { createHmac, randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

import { env } from "@/env.mjs";
import { databaseKind } from "@/lib/db-url";

// Secrets an install needs but nobody should have to configure live in DATA_DIR, one file each, readable by the
// server's user only. Anyone who can read DATA_DIR can read them, so docs/security.md asks production installs
// to set STUDIO_SECRET (and SIM_API_KEY, if they keep the simulator) in the environment instead.
const cache = new Map<string, string>();

/**
 * The secret stored in DATA_DIR/<name>, created with `bytes` random bytes on first use. Two processes starting
 * at once must not each write their own: the file is created with "wx" and the loser re-reads the winner's.
 */
export function fileSecret(name: string, bytes: number): string {
  const file = path.resolve(process.cwd(), env.DATA_DIR, name);
  const key = `${file}\0${bytes}`;
  const known = cache.get(key);
  if (known) return known;
  let value: string;
  try {
    value = readFileSync(file, "utf8").trim();
  } catch {
    value = randomBytes(bytes).toString("base64url");
    mkdirSync(path.dirname(file), { recursive: true });
    try {
      writeFileSync(file, value, { mode: 0o600, flag: "wx" });
    } catch {
      value = readFileSync(file, "utf8").trim();
    }
  }
  cache.set(key, value);
  return value;
}

/**
 * A secret every instance must agree on. With SQLite (one instance) it is the DATA_DIR file `name`, as before,
 * so tokens already handed out keep working. With PostgreSQL (several instances, each with its own DATA_DIR)
 * it is derived from STUDIO_SECRET, which env.mjs requires in that mode: HMAC-SHA256 keyed with STUDIO_SECRET
 * over a purpose label, so every instance computes the same value and no two purposes share one.
 */
export function installSecret(name: string, bytes: number): string {
  if (databaseKind(env.DATABASE_URL) === "postgres") {
    if (!env.STUDIO_SECRET) throw new Error("STUDIO_SECRET is required when DATABASE_URL is PostgreSQL");
    return derivedSecret(env.STUDIO_SECRET, name);
  }
  return fileSecret(name, bytes);
}

/** HMAC-SHA256(secret, "mj-studio:" + purpose), base64url. */
export function derivedSecret(secret: string, purpose: string): string {
  return createHmac("sha256", secret).update(`mj-studio:${purpose}`).digest("base64url");
}

let warned = false;

/** Signs sessions and encrypts admin-entered secrets (the upstream key). */
export function serverSecret(): string {
  if (env.STUDIO_SECRET) return env.STUDIO_SECRET;
  const secret = fileSecret("studio-secret", 32);
  if (!warned) {
    warned = true;
    console.warn("[studio] STUDIO_SECRET is not set; using DATA_DIR/studio-secret. Set it in production.");
  }
  return secret;
}

/**
 * The key the built-in simulator demands and the studio alone sends it. Never shown to a browser, so a page
 * (or another site) cannot drive the simulator or read its task list.
 */
export function simulatorSecret(): string {
  return env.SIM_API_KEY || installSecret("sim-secret", 32);
}
