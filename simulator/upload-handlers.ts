import "server-only";

import fs from "node:fs/promises";
import path from "node:path";

import type { HandlerContext } from "./handler-context";
import { EXPIRED_TEXT, signAttachment, verifyAttachment } from "./images";
import { json, notFoundResponse, rejections } from "./respond";
import { UploadImagesBody } from "./schemas";
import { parseBody, reject } from "./submit-common";
import { inspectUpload, saveUpload } from "./uploads";

// POST /mj/submit/upload-discord-images (mj-api.md 4.10): the proxy uploads each image to Discord and answers
// with one CDN URL per image, creating no task. The simulator keeps the bytes in `uploads/` (content-addressed,
// like describe's) and answers with signed, expiring links under its own origin, `/sim/uploads/<name>?ex&is&hm`,
// which serve them without a key, as Discord's CDN does. `uploadImages: false` makes the route 404 like a
// proxy that lacks it.

/** Uploaded references must outlive the tasks that point at them (Discord keeps attachments for a day). */
const UPLOAD_TTL_SECONDS = 24 * 3600;
/** The ref the signature covers; "uploads" can never collide with a task id (digits only). */
const refOf = (name: string) => ({ taskId: "uploads", name });
const SAFE_UPLOAD_NAME = /^[0-9a-f]{32}\.(png|jpg|webp|gif)$/;
const TYPES: Record<string, string> = {
  png: "image/png",
  jpg: "image/jpeg",
  webp: "image/webp",
  gif: "image/gif",
};

export async function uploadDiscordImages(ctx: HandlerContext): Promise<Response> {
  if (!ctx.settings.uploadImages) return notFoundResponse();
  const body = parseBody(ctx, UploadImagesBody);
  if (body instanceof Response) return body;
  const urls: string[] = [];
  const now = Date.now();
  for (const dataUrl of body.base64Array) {
    const upload = typeof dataUrl === "string" ? await inspectUpload(dataUrl) : null;
    if (!upload) return reject(ctx, rejections.validation("base64格式错误"));
    await saveUpload(ctx.runtime.store.imagesDir, upload);
    const name = upload.info.name;
    urls.push(
      `${ctx.baseUrl}/uploads/${name}?${signAttachment(ctx.runtime.secret, refOf(name), now, UPLOAD_TTL_SECONDS)}`,
    );
  }
  return json({ code: 1, description: "success", result: urls, properties: {} });
}

/** GET /sim/uploads/<name>?ex&is&hm — an uploaded image, for as long as its link is valid. */
export async function serveUpload(
  imagesDir: string,
  secret: string,
  name: string,
  query: URLSearchParams,
  nowMs: number,
): Promise<Response> {
  const gone = () =>
    new Response(EXPIRED_TEXT, { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  if (!SAFE_UPLOAD_NAME.test(name) || !verifyAttachment(secret, refOf(name), query, nowMs)) return gone();
  try {
    const data = await fs.readFile(path.join(imagesDir, "uploads", name));
    return new Response(new Uint8Array(data), {
      headers: {
        "content-type": TYPES[name.split(".").pop() ?? ""] ?? "application/octet-stream",
        "content-length": String(data.length),
        "cache-control": "private, max-age=300",
      },
    });
  } catch {
    return gone();
  }
}
