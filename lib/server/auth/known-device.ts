import "server-only";

import { createHmac, timingSafeEqual } from "node:crypto";

import { serverSecret } from "@/lib/server/secret";

import { isTlsRequest } from "./auth";

// A per-account sign-in delay alone lets a guesser who keeps trying hold an account's wait at its cap, so the
// owner could never get in. A browser that signed in to an account before carries a signed proof of it and
// gets that account's allowance of its own: a guesser without the proof cannot keep the owner out.

const COOKIE = "mjs_known_device";
const ONE_YEAR_S = 365 * 24 * 60 * 60;

function proofFor(email: string): string {
  return createHmac("sha256", serverSecret()).update(`known-device:${email}`).digest("base64url");
}

function cookieValue(header: string | null): string | null {
  for (const part of header?.split(";") ?? []) {
    const [name, ...rest] = part.trim().split("=");
    if (name === COOKIE) return rest.join("=");
  }
  return null;
}

/** True when the request carries this browser's proof of an earlier successful sign-in to `email`. */
export function isKnownDevice(req: Request, email: string): boolean {
  const value = cookieValue(req.headers.get("cookie"));
  if (!value || !email) return false;
  const expected = Buffer.from(proofFor(email));
  const given = Buffer.from(value);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The Set-Cookie that marks this browser as known for `email` (sent only to the auth endpoints). */
export function knownDeviceCookie(req: Request, email: string): string {
  const secure = isTlsRequest(req.headers) ? "; Secure" : "";
  return `${COOKIE}=${proofFor(email)}; Path=/api/auth; Max-Age=${ONE_YEAR_S}; HttpOnly; SameSite=Strict${secure}`;
}

export const knownDevices = { isKnown: isKnownDevice, cookie: knownDeviceCookie };
