import "server-only";

import { createHmac, timingSafeEqual } from "node:crypto";

import { installSecret } from "@/lib/server/secret";

// Tokens of the public reference route (/api/public/references/<token>): "<id>.<expiry seconds, base36>.<mac>".
// The MAC is HMAC-SHA256 under a key of its own purpose ("reference-links"), so a token proves that the studio
// handed out THIS reference until THAT time; nothing else (a task, a gallery image) can be named by one.

export const PUBLIC_REFERENCE_TTL_SECONDS = 7 * 24 * 3600;
const ID = /^[A-Za-z0-9_-]{1,64}$/;

function mac(key: string, id: string, expires: string): Buffer {
  return createHmac("sha256", key).update(`reference:${id}:${expires}`).digest();
}

function linkKey(): string {
  return installSecret("reference-link-secret", 32);
}

export function signReferenceToken(
  id: string,
  now: Date = new Date(),
  key: string = linkKey(),
  ttlSeconds = PUBLIC_REFERENCE_TTL_SECONDS,
): string {
  if (!ID.test(id)) throw new Error(`Not a reference id: ${id}`);
  const expires = (Math.floor(now.getTime() / 1000) + ttlSeconds).toString(36);
  return `${id}.${expires}.${mac(key, id, expires).toString("base64url")}`;
}

/** The reference id a token names, or null when it is malformed, forged or expired. */
export function verifyReferenceToken(
  token: string,
  now: Date = new Date(),
  key: string = linkKey(),
): string | null {
  const parts = token.split(".");
  if (parts.length !== 3) return null;
  const [id, expires, given] = parts as [string, string, string];
  if (!ID.test(id) || !/^[0-9a-z]{1,10}$/.test(expires) || !/^[A-Za-z0-9_-]{43}$/.test(given)) return null;
  const expected = mac(key, id, expires);
  const actual = Buffer.from(given, "base64url");
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) return null;
  return Number.parseInt(expires, 36) > Math.floor(now.getTime() / 1000) ? id : null;
}
