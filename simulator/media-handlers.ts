import "server-only";

import type { HandlerContext } from "./handler-context";
import { buildBlendTask, buildDescribeTask, buildShortenTask, buildSwapTask } from "./media-builders";
import { findBannedWord } from "./prompt";
import { rejections } from "./respond";
import { BlendBody, DescribeBody, firstIssue, ShortenBody, SwapFaceBody } from "./schemas";
import { admitNew, reject } from "./submit-common";
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
  const parsed = DescribeBody.safeParse(ctx.body);
  if (!parsed.success) return reject(ctx, rejections.validation(firstIssue(parsed.error)));
  const body = parsed.data;
  const uploads = await readUploads(ctx, [body.base64]);
  if (!Array.isArray(uploads)) return reject(ctx, uploads);
  const [upload] = uploads;
  if (!upload) return reject(ctx, badBase64());
  const input = {
    upload,
    botType: body.botType ?? "MID_JOURNEY",
    notifyHook: body.notifyHook,
    state: body.state,
  } as const;
  const durationMs = ctx.settings.durationMs;
  return admitNew(ctx, (id, now) => buildDescribeTask(input, id, now, durationMs));
}

export async function submitBlend(ctx: HandlerContext): Promise<Response> {
  const parsed = BlendBody.safeParse(ctx.body);
  if (!parsed.success) return reject(ctx, rejections.validation(firstIssue(parsed.error)));
  const body = parsed.data;
  const uploads = await readUploads(ctx, body.base64Array);
  if (!Array.isArray(uploads)) return reject(ctx, uploads);
  const input = {
    uploads,
    dimensions: body.dimensions ?? "SQUARE",
    botType: body.botType ?? "MID_JOURNEY",
    notifyHook: body.notifyHook,
    state: body.state,
  } as const;
  const durationMs = ctx.settings.durationMs;
  return admitNew(ctx, (id, now) => buildBlendTask(input, id, now, durationMs));
}

export async function submitShorten(ctx: HandlerContext): Promise<Response> {
  const parsed = ShortenBody.safeParse(ctx.body);
  if (!parsed.success) return reject(ctx, rejections.validation(firstIssue(parsed.error)));
  const body = parsed.data;
  const banned = findBannedWord(body.prompt);
  if (banned) return reject(ctx, rejections.banned(body.prompt, banned));
  const input = {
    prompt: body.prompt,
    botType: body.botType ?? "MID_JOURNEY",
    notifyHook: body.notifyHook,
    state: body.state,
  } as const;
  const durationMs = ctx.settings.durationMs;
  return admitNew(ctx, (id, now) => buildShortenTask(input, id, now, durationMs));
}

export async function submitSwapFace(ctx: HandlerContext): Promise<Response> {
  const parsed = SwapFaceBody.safeParse(ctx.body);
  if (!parsed.success) return reject(ctx, rejections.validation(firstIssue(parsed.error)));
  const { sourceBase64, targetBase64, notifyHook, state } = parsed.data;
  const present = (v: unknown) => typeof v === "string" && v.trim() !== "";
  if (!present(sourceBase64) || !present(targetBase64)) return reject(ctx, rejections.swapImagesRequired());
  const uploads = await readUploads(ctx, [sourceBase64, targetBase64]);
  if (!Array.isArray(uploads)) return reject(ctx, uploads);
  const [source, target] = uploads;
  if (!source || !target) return reject(ctx, rejections.swapImagesRequired());
  // TRUE refuses to swap a face onto itself.
  if (source.digest === target.digest) return reject(ctx, rejections.validation("源图和目标图不能相同"));
  const input = { source, target, notifyHook, state };
  const durationMs = ctx.settings.durationMs;
  return admitNew(ctx, (id, now) => buildSwapTask(input, id, now, durationMs));
}
