import "server-only";

import { randomBytes, timingSafeEqual } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

import { env } from "@/env.mjs";
import { isSimulator } from "@/lib/server/mj";

// The upstream calls our notify route with this secret in the URL; it is created once per install and kept
// under DATA_DIR so callbacks for tasks submitted before a restart still verify.
let cached: string | undefined;

function notifySecret(): string {
  if (cached) return cached;
  const file = path.resolve(process.cwd(), env.DATA_DIR, "notify-secret");
  try {
    cached = readFileSync(file, "utf8").trim();
  } catch {
    cached = randomBytes(24).toString("hex");
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, cached, { mode: 0o600 });
  }
  return cached;
}

/** The callback URL to hand the upstream, or undefined when it cannot reach us. */
export function notifyHookUrl(): string | undefined {
  const base = env.MJ_NOTIFY_BASE ?? (isSimulator() ? `http://127.0.0.1:${env.PORT}` : undefined);
  if (!base) return undefined;
  return `${base.replace(/\/+$/, "")}/api/mj/notify?token=${notifySecret()}`;
}

export function isValidNotifyToken(token: string | null): boolean {
  if (!token) return false;
  const expected = Buffer.from(notifySecret());
  const given = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
