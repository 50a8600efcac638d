import "server-only";

import { createHash, timingSafeEqual } from "node:crypto";

import { readCapped } from "@/lib/read-capped";

import { json } from "./respond";

// The simulator is this studio's private upstream, not a public service (docs/security.md, "Built-in simulator").
// Every request but the signed image links must carry the simulator secret, must not come from another site,
// and may only send JSON bodies of bounded size. Browsers never learn the secret, so a page can neither read
// the task list (prompts) nor flip the outage switch, and a cross-site form gets nowhere even before the key.

/** MJ-proxy clients send reference images as base64 inside the JSON body; 9 MB leaves room for a few of them. */
export const API_BODY_LIMIT = 9 * 1024 * 1024;
/** The control endpoints take a handful of settings. */
export const CONTROL_BODY_LIMIT = 16 * 1024;

/** The values a client may have put its key in: `mj-api-secret`, `Authorization: Bearer <key>` (also
 * `Bearer sk-<key>`, as aggregators hand out keys) or a bare `Authorization: <key>`. */
export function keyCandidates(headers: Headers): string[] {
  const candidates: string[] = [];
  for (const raw of [headers.get("mj-api-secret"), headers.get("authorization")]) {
    if (!raw) continue;
    const value = raw.trim();
    const bearer = value.replace(/^Bearer\s+/i, "");
    candidates.push(value, bearer, bearer.replace(/^sk-/, ""));
  }
  return candidates;
}

function digest(value: string): Buffer {
  return createHash("sha256").update(value).digest();
}

/**
 * Compared as SHA-256 digests so both sides always have the same length and timingSafeEqual never leaks the
 * secret's length or a matching prefix. Every candidate is compared, without stopping at the first match.
 */
export function hasSimulatorKey(headers: Headers, secret: string): boolean {
  if (!secret) return false;
  const expected = digest(secret);
  let found = false;
  for (const candidate of keyCandidates(headers)) {
    if (timingSafeEqual(digest(candidate), expected)) found = true;
  }
  return found;
}

/** Our own origin as the request URL and the Host (or trusted forwarding proxy) headers spell it. */
function ownOrigins(request: Request): string[] {
  const url = new URL(request.url);
  const origins = [url.origin];
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (host) {
    const proto =
      request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim() || url.protocol.replace(/:$/, "");
    origins.push(`${proto}://${host}`);
  }
  return origins;
}

/**
 * A browser on another site says so with Sec-Fetch-Site or an Origin that is not ours ("null" included).
 * The studio's server-side fetch and MJ clients send neither, so they are never refused here.
 */
export function isCrossSite(request: Request): boolean {
  if (request.headers.get("sec-fetch-site")?.toLowerCase() === "cross-site") return true;
  const origin = request.headers.get("origin");
  if (origin === null) return false;
  return !ownOrigins(request).includes(origin);
}

export function isJsonContentType(headers: Headers): boolean {
  const type = headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
  return type === "application/json";
}

export function guardError(status: 401 | 403 | 413 | 415, error: string): Response {
  return json({ error }, status);
}

export interface GuardOptions {
  secret: string;
  /** POST routes that read a body need JSON; bodyless ones only refuse a non-JSON content type. */
  needsBody: boolean;
  /** The answer for a missing or wrong key (the API imitates its profile's 401). */
  unauthorized?: () => Response;
}

/** Checks everything that needs no body: origin, key, content type. Null = let the request through. */
export function refuseRequest(request: Request, options: GuardOptions): Response | null {
  if (isCrossSite(request)) return guardError(403, "cross-site requests are refused");
  if (!hasSimulatorKey(request.headers, options.secret))
    return options.unauthorized?.() ?? guardError(401, "the simulator key is missing or wrong");
  if (request.method !== "POST") return null;
  // A cross-site HTML form can only send text/plain, urlencoded or multipart bodies; none of them is accepted.
  const declared = request.headers.has("content-type");
  if ((declared || options.needsBody) && !isJsonContentType(request.headers))
    return guardError(415, "request bodies must be application/json");
  return null;
}

export type BodyRead = { ok: true; text: string } | { ok: false; response: Response };

/**
 * Reads at most `limit` bytes. Content-Length is only a first check: a chunked body declares none, so the
 * stream itself is counted and abandoned as soon as it grows past the limit.
 */
export async function readCappedBody(request: Request, limit: number): Promise<BodyRead> {
  const tooLarge = (): BodyRead => ({
    ok: false,
    response: guardError(413, `request body larger than ${limit} bytes`),
  });
  const bytes = await readCapped(request.body, request.headers.get("content-length"), limit);
  if (!bytes) return tooLarge();
  return { ok: true, text: new TextDecoder().decode(bytes) };
}
