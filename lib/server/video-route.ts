import "server-only";

import { AppError } from "@/lib/errors";
import { contentRange, parseRange, type RangeAnswer } from "@/lib/http-range";
import type { Viewer } from "@/lib/server/auth/viewer";
import { IMAGE_CACHE_CONTROL, presignedRedirect } from "@/lib/server/image-route";
import { contentTypeOf, getImageStorage, type ImageStorage } from "@/lib/server/storage";
import { taskVideoKey, type VideoPart } from "@/lib/server/tasks/video-files";

// GET /api/videos/:id/:n[/poster]: a VIDEO task's clip n (1-based) or its still, after the same access check as
// /api/images. On a bucket with presigned GETs the answer is a redirect (the bucket honours Range itself);
// otherwise the studio serves the bytes with Range support, since browsers seek in a <video> with Range requests
// and Safari will not play one at all without a 206. Keys are content-versioned, so answers are immutable.

function clipNumber(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 4 || String(n) !== value) {
    throw new AppError("not_found", `Unknown video "${value}"; use 1 to 4.`);
  }
  return n;
}

export async function videoResponse(
  req: Request,
  params: { id: string; n: string },
  part: VideoPart,
  viewer: Viewer,
  storage: ImageStorage = getImageStorage(),
  now = new Date(),
): Promise<Response> {
  const n = clipNumber(params.n);
  const { key, fileName } = await taskVideoKey(params.id, n, part, viewer);
  const download = part === "clip" && new URL(req.url).searchParams.has("download");
  const redirect = await presignedRedirect(storage, key, download ? fileName : undefined, now);
  if (redirect) return redirect;
  const answer = await storedRangeResponse(
    storage,
    key,
    req.headers.get("range"),
    download ? fileName : null,
  );
  if (!answer) throw new AppError("not_found", `Task "${params.id}" has no stored video ${n}.`);
  return answer;
}

/**
 * The stored object, or the asked-for part of it, with the headers a <video> element needs to seek; null when
 * there is no such object. Streamed where the storage can (a clip of up to 64 MB is never read whole to send a
 * few kilobytes of it); read whole otherwise.
 */
export async function storedRangeResponse(
  storage: ImageStorage,
  key: string,
  rangeHeader: string | null,
  downloadName: string | null,
): Promise<Response | null> {
  const contentType = contentTypeOf(key);
  if (storage.stream) {
    const opened = await storage.stream(key, (size) => parseRange(rangeHeader, size));
    if (!opened) return null;
    const { size, answer, body } = opened;
    const headers = rangeHeaders(answer, size, contentType, downloadName);
    if (answer.kind === "unsatisfiable" || !body) return new Response(null, { status: 416, headers });
    const length = answer.kind === "partial" ? answer.end - answer.start + 1 : size;
    headers.set("Content-Length", String(length));
    return new Response(body, { status: answer.kind === "partial" ? 206 : 200, headers });
  }
  const bytes = await storage.get(key);
  return bytes ? rangedResponse(bytes, contentType, rangeHeader, downloadName) : null;
}

/** The bytes, or the asked-for part of them, with the headers a <video> element needs to seek. */
export function rangedResponse(
  bytes: Buffer,
  contentType: string,
  rangeHeader: string | null,
  downloadName: string | null,
): Response {
  const size = bytes.length;
  const answer = parseRange(rangeHeader, size);
  const headers = rangeHeaders(answer, size, contentType, downloadName);
  if (answer.kind === "unsatisfiable") return new Response(null, { status: 416, headers });
  const body = answer.kind === "partial" ? bytes.subarray(answer.start, answer.end + 1) : bytes;
  headers.set("Content-Length", String(body.length));
  return new Response(new Uint8Array(body), { status: answer.kind === "partial" ? 206 : 200, headers });
}

function rangeHeaders(
  answer: RangeAnswer,
  size: number,
  contentType: string,
  downloadName: string | null,
): Headers {
  const headers = new Headers({
    "Content-Type": contentType,
    "Accept-Ranges": "bytes",
    "Cache-Control": IMAGE_CACHE_CONTROL,
    "X-Content-Type-Options": "nosniff",
  });
  if (downloadName) headers.set("Content-Disposition", `attachment; filename="${downloadName}"`);
  const range = contentRange(answer, size);
  if (range) headers.set("Content-Range", range);
  return headers;
}
