import "server-only";

import { createHmac, timingSafeEqual } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";

import { byteRangeResponse } from "./byte-range";

// Discord-style signed, expiring attachment URLs: `?ex=<hex expiry>&is=<hex issued>&hm=<hmac>`. The signature
// covers the path and both times, so a client cannot extend a link; after `ex` the link is dead for good.

export const EXPIRED_TEXT = "This content is no longer available.";
const SAFE_TASK_ID = /^\d{1,20}$/;
const SAFE_NAME = /^[A-Za-z0-9_.-]{1,160}$/;

/** Progress previews are named `<final base>_progress.webp` (render.ts), like Discord's progress attachments. */
export const PREVIEW_SUFFIX = "_progress.webp";

export type AttachmentKind = "preview" | "final" | "video";

/** Which file an attachment path (`<taskId>/<name>`) is: a progress preview, a video clip, or a final picture. */
export function attachmentKind(rest: string): AttachmentKind {
  if (rest.endsWith(".mp4")) return "video";
  return rest.endsWith(PREVIEW_SUFFIX) ? "preview" : "final";
}

export interface AttachmentRef {
  taskId: string;
  name: string;
}

function signature(secret: string, ref: AttachmentRef, ex: string, is: string): string {
  return createHmac("sha256", secret).update(`${ref.taskId}/${ref.name}?ex=${ex}&is=${is}`).digest("hex");
}

/** Query string for an attachment issued at `issuedMs`, valid for `ttlSeconds`. */
export function signAttachment(
  secret: string,
  ref: AttachmentRef,
  issuedMs: number,
  ttlSeconds: number,
): string {
  const issued = Math.floor(issuedMs / 1000);
  const is = issued.toString(16);
  const ex = (issued + ttlSeconds).toString(16);
  return `ex=${ex}&is=${is}&hm=${signature(secret, ref, ex, is)}`;
}

export function attachmentUrl(
  baseUrl: string,
  secret: string,
  ref: AttachmentRef,
  issuedMs: number,
  ttlSeconds: number,
): string {
  return `${baseUrl}/attachments/${ref.taskId}/${ref.name}?${signAttachment(secret, ref, issuedMs, ttlSeconds)}`;
}

/** Checks signature and expiry; `nowMs` is injectable for tests. */
export function verifyAttachment(
  secret: string,
  ref: AttachmentRef,
  query: URLSearchParams,
  nowMs: number,
): boolean {
  const ex = query.get("ex") ?? "";
  const is = query.get("is") ?? "";
  const hm = query.get("hm") ?? "";
  if (!/^[0-9a-f]{1,12}$/.test(ex) || !/^[0-9a-f]{1,12}$/.test(is) || !/^[0-9a-f]{64}$/.test(hm))
    return false;
  const expected = Buffer.from(signature(secret, ref, ex, is), "hex");
  if (!timingSafeEqual(expected, Buffer.from(hm, "hex"))) return false;
  return Math.floor(nowMs / 1000) < Number.parseInt(ex, 16);
}

export function parseAttachmentPath(rest: string): AttachmentRef | null {
  const [taskId, name, ...extra] = rest.split("/");
  if (extra.length > 0 || !taskId || !name) return null;
  if (!SAFE_TASK_ID.test(taskId) || !SAFE_NAME.test(name) || name.startsWith(".")) return null;
  return { taskId, name };
}

const CONTENT_TYPES: Record<string, string> = {
  ".png": "image/png",
  ".webp": "image/webp",
  ".jpg": "image/jpeg",
  ".mp4": "video/mp4",
};

function gone(): Response {
  return new Response(EXPIRED_TEXT, {
    status: 404,
    headers: { "content-type": "text/plain; charset=utf-8" },
  });
}

/**
 * GET /sim/attachments/<taskId>/<name>?ex&is&hm. A `Range` header (players seek and Safari insists on it for
 * video) gets the 206 part; without one the whole file.
 */
export async function serveAttachment(
  imagesDir: string,
  secret: string,
  rest: string,
  query: URLSearchParams,
  nowMs: number,
  range: string | null = null,
): Promise<Response> {
  const ref = parseAttachmentPath(rest);
  if (!ref || !verifyAttachment(secret, ref, query, nowMs)) return gone();
  const type = CONTENT_TYPES[path.extname(ref.name)];
  if (!type) return gone();
  let data: Buffer;
  try {
    data = await fs.readFile(path.join(imagesDir, ref.taskId, ref.name));
  } catch {
    return gone();
  }
  return byteRangeResponse(data, range, { "content-type": type, "cache-control": "private, max-age=300" });
}
