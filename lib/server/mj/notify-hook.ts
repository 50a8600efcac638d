import "server-only";

import { createHmac, timingSafeEqual } from "node:crypto";

import { env } from "@/env.mjs";
import { installSecret } from "@/lib/server/secret";

import { getUpstreamConfig } from "./config";

// The callback token is a write capability: a callback body is applied to the task it names. Proxies echo the
// hook URL (token included) in every task read (mj-api.md 5.3 `properties.notifyHook`), so whoever can read tasks
// on an upstream holds that upstream's token. Each upstream therefore gets its own token, derived from one
// install secret (kept under DATA_DIR so callbacks for tasks submitted before a restart still verify) and the
// upstream's normalised base URL. Replacing the upstream rotates the token: the old upstream, and anyone who read
// its tasks, can no longer call us, while the tracker's safety net still reads that upstream's unfinished tasks
// (reads need no token). With several instances (PostgreSQL) the install secret derives from STUDIO_SECRET
// instead, so a callback verifies on whichever instance the load balancer hands it to (secret.ts installSecret).
function notifySecret(): string {
  return installSecret("notify-secret", 24);
}

/**
 * The token for one upstream: HMAC-SHA256(install secret, base URL), base64url (always 43 characters).
 * `baseUrl` is getUpstreamConfig().baseUrl, already normalised (config.ts normaliseBaseUrl).
 */
export function notifyTokenFor(baseUrl: string): string {
  return createHmac("sha256", notifySecret()).update(baseUrl).digest("base64url");
}

/** The callback URL to hand the upstream, or undefined when it cannot reach us. */
export function notifyHookUrl(): string | undefined {
  const config = getUpstreamConfig();
  const base = env.MJ_NOTIFY_BASE ?? (config.simulator ? `http://127.0.0.1:${env.PORT}` : undefined);
  if (!base) return undefined;
  return `${base.replace(/\/+$/, "")}/api/mj/notify?token=${notifyTokenFor(config.baseUrl)}`;
}

/** Whether `token` is the current upstream's; compared in constant time (lengths are fixed and public). */
export function isValidNotifyToken(token: string | null): boolean {
  if (!token) return false;
  const expected = Buffer.from(notifyTokenFor(getUpstreamConfig().baseUrl));
  const given = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
