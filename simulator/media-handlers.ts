import "server-only";

import type { HandlerContext } from "./handler-context";
import { buildBlendTask, buildDescribeTask, buildShortenTask, buildSwapTask } from "./media-builders";
import { findBannedWord } from "./prompt";
import { rejections } from "./respond";
import { BlendBody, DescribeBody, ShortenBody, SwapFaceBody } from "./schemas";
import { admitBuilt, originOf, parseBody, reject } from "./submit-common";
import type { SimRejection } from "./types";
import { inspectUpload, saveUpload, type UploadInfo } from "./uploads";

// POST /mj/submit/describe, /mj/submit/blend, /mj/submit/shorten, /mj/insight-face/swap (mj-api.md 4.6–4.9):
// validate like the proxies (code 4 with their texts) → keep the uploads → builder → queue.

const badBase64 = (): SimRejection => rejections.validation("base64格式错误");

/** Reads and keeps every image; the first one that is not a readable image rejects the whole request. */
async function readUploads(ctx: HandlerContext, dataUrls: unknown[]): Promise<UploadInfo[] | SimRejection> {
  const out: UploadInfo[] = [];
  for (const dataUrl of dataUrls) {
    const upload = typeof dataUrl === "string" ? await inspectUpload(dataUrl) : null;
    if (!upload) return badBase64();
    await saveUpload(ctx.runtime.store.imagesDir, upload);
    out.push(upload.info);
  }
  return out;
}

export async function submitDescribe(ctx: HandlerContext): Promise<Response> {
  const body = parseBody(ctx, DescribeBody);
  if (body instanceof Response) return body;
  const uploads = await readUploads(ctx, [body.base64]);
  if (!Array.isArray(uploads)) return reject(ctx, uploads);
  const [upload] = uploads;
  if (!upload) return reject(ctx, badBase64());
  return admitBuilt(ctx, buildDescribeTask, { ...originOf(body), upload });
}

export async function submitBlend(ctx: HandlerContext): Promise<Response> {
  const body = parseBody(ctx, BlendBody);
  if (body instanceof Response) return body;
  const uploads = await readUploads(ctx, body.base64Array);
  if (!Array.isArray(uploads)) return reject(ctx, uploads);
  const dimensions = body.dimensions ?? "SQUARE";
  return admitBuilt(ctx, buildBlendTask, { ...originOf(body), uploads, dimensions });
}

export async function submitShorten(ctx: HandlerContext): Promise<Response> {
  const body = parseBody(ctx, ShortenBody);
  if (body instanceof Response) return body;
  const banned = findBannedWord(body.prompt);
  if (banned) return reject(ctx, rejections.banned(body.prompt, banned));
  return admitBuilt(ctx, buildShortenTask, { ...originOf(body), prompt: body.prompt });
}

export async function submitSwapFace(ctx: HandlerContext): Promise<Response> {
  const body = parseBody(ctx, SwapFaceBody);
  if (body instanceof Response) return body;
  const { sourceBase64, targetBase64, notifyHook, state } = body;
  const present = (v: unknown) => typeof v === "string" && v.trim() !== "";
  if (!present(sourceBase64) || !present(targetBase64)) return reject(ctx, rejections.swapImagesRequired());
  const uploads = await readUploads(ctx, [sourceBase64, targetBase64]);
  if (!Array.isArray(uploads)) return reject(ctx, uploads);
  const [source, target] = uploads;
  if (!source || !target) return reject(ctx, rejections.swapImagesRequired());
  // TRUE refuses to swap a face onto itself.
  if (source.digest === target.digest) return reject(ctx, rejections.validation("源图和目标图不能相同"));
  return admitBuilt(ctx, buildSwapTask, { source, target, notifyHook, state });
}
