import "server-only";

import { timingSafeEqual } from "node:crypto";

import { env } from "@/env.mjs";
import { fileSecret } from "@/lib/server/secret";

import { getUpstreamConfig } from "./config";

// The upstream calls our notify route with this secret in the URL; it is created once per install and kept
// under DATA_DIR so callbacks for tasks submitted before a restart still verify.
function notifySecret(): string {
  return fileSecret("notify-secret", 24);
}

/** The callback URL to hand the upstream, or undefined when it cannot reach us. */
export function notifyHookUrl(): string | undefined {
  const base =
    env.MJ_NOTIFY_BASE ?? (getUpstreamConfig().simulator ? `http://127.0.0.1:${env.PORT}` : undefined);
  if (!base) return undefined;
  return `${base.replace(/\/+$/, "")}/api/mj/notify?token=${notifySecret()}`;
}

export function isValidNotifyToken(token: string | null): boolean {
  if (!token) return false;
  const expected = Buffer.from(notifySecret());
  const given = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
