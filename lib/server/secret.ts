import "server-only";

import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

import { env } from "@/env.mjs";

// One server secret signs sessions and encrypts admin-entered secrets (the upstream key). Operators set
// STUDIO_SECRET; a first start without it generates one into DATA_DIR so `npm start` works with no setup.
// Anyone who can read DATA_DIR can then read it, so docs/security.md asks production installs to set it.
let cached: string | undefined;

export function serverSecret(): string {
  if (env.STUDIO_SECRET) return env.STUDIO_SECRET;
  if (cached) return cached;
  const file = path.resolve(process.cwd(), env.DATA_DIR, "studio-secret");
  try {
    cached = readFileSync(file, "utf8").trim();
  } catch {
    cached = randomBytes(32).toString("base64url");
    mkdirSync(path.dirname(file), { recursive: true });
    // "wx": two processes starting at once must not each write their own secret.
    try {
      writeFileSync(file, cached, { mode: 0o600, flag: "wx" });
    } catch {
      cached = readFileSync(file, "utf8").trim();
    }
    console.warn(`[studio] STUDIO_SECRET is not set; generated one in ${file}. Set it in production.`);
  }
  return cached;
}
