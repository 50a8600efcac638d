import "server-only";

import { createHash } from "node:crypto";
import sharp from "sharp";

import { db } from "@/lib/server/db";
import { downloadImage } from "@/lib/server/mj";
import { getImageStorage } from "@/lib/server/storage";

import { downloadProblemOf, nextImageRetryAt, retryCanHelp } from "./image-retry";
import { describeError, ImageStoreError, step } from "./store-step";
import { storeTaskVideos } from "./videos";

// libvips gives every sharp pipeline as many threads as there are cores. On the studio's two cores that lets one
// thumbnail (or the built-in simulator's rendering, in the same process) take both, and API requests wait for the
// CPU. One thread per pipeline, with the image pool running one job at a time (image-queue.ts), keeps image work to
// about one core and leaves the other to the request path. A running pipeline also holds one of libuv's 4 threadpool
// threads, so one job at a time leaves the rest to file reads and writes. The setting is process-wide (it bounds
// the simulator's rendering too) and is set once, here, when the tracker loads this module at startup.
sharp.concurrency(1);

/**
 * The largest image sharp will decode from the upstream, in pixels; a larger one fails as a download problem
 * before libvips allocates anything for it. Midjourney's largest outputs: the v5 "Upscale (4x)" makes
 * 4096×4096 (16.8 MP); v6/v7 grids and 2x upscales are at most ~2912×1632 at 3:2 (mj-api.md's own example) or
 * 2048×2048 at 1:1, about 4–5 MP. 64 MP is four times the largest (a proxy stitching four 4096² upscales into one
 * grid still passes) and caps one decode at 256 MB of RGBA, where sharp's default (268 MP, about 1 GB) would let a
 * small, highly compressed hostile PNG claim most of the server's memory.
 */
export const MAX_UPSTREAM_IMAGE_PIXELS = 64 * 1024 * 1024;
const decodeOptions = { failOn: "error", limitInputPixels: MAX_UPSTREAM_IMAGE_PIXELS } as const;

const THUMB_LONG_SIDE = 512;
const PREVIEW_LONG_SIDE = 768;

function shortHash(bytes: Buffer): string {
  return createHash("sha256").update(bytes).digest("hex").slice(0, 12);
}

/**
 * Downloads the finished image once (upstream CDN links expire within a day), keeps the original bytes and
 * a WebP thumbnail; for a VIDEO task the image is its poster and its clips are kept as well (videos.ts). A failure is recorded on the task as "download", "expired" or "storage" with the time of
 * the next try (see image-retry.ts); the tracker retries when that time comes.
 */
export async function storeFinalImage(taskId: string, url: string, now = new Date()): Promise<void> {
  try {
    const { bytes, meta, thumb } = await step(downloadProblemOf, async () => {
      const { bytes } = await downloadImage(url);
      const image = sharp(bytes, decodeOptions);
      const meta = await image.metadata();
      const thumb = await image
        .clone()
        .resize(THUMB_LONG_SIDE, THUMB_LONG_SIDE, { fit: "inside", withoutEnlargement: true })
        .webp({ quality: 80 })
        .toBuffer({ resolveWithObject: true });
      return { bytes, meta, thumb };
    });
    const format = meta.format === "jpeg" ? "jpg" : (meta.format ?? "png");
    const version = shortHash(bytes);
    const storage = getImageStorage();
    const imagePath = `tasks/${taskId}/original-${version}.${format}`;
    const thumbPath = `tasks/${taskId}/thumb-${version}.webp`;
    await step(
      () => "storage",
      async () => {
        await storage.put(imagePath, bytes);
        await storage.put(thumbPath, thumb.data);
      },
    );
    // A VIDEO task's image is its poster; its clips are stored too before anything is written, so the task
    // shows as finished only with everything in place (and a failed clip retries the whole, like a failed image).
    const videoColumns = await storeTaskVideos(taskId, webpThumbnail);
    const before = await db.task.findUnique({ where: { id: taskId }, select: { previewPath: true } });
    await db.task.update({
      where: { id: taskId },
      data: {
        ...videoColumns,
        imagePath,
        imageMime: `image/${meta.format === "jpeg" ? "jpeg" : (meta.format ?? "png")}`,
        imageBytes: bytes.length,
        imageWidth: meta.width ?? null,
        imageHeight: meta.height ?? null,
        thumbPath,
        thumbWidth: thumb.info.width,
        thumbHeight: thumb.info.height,
        previewPath: null,
        imageError: null,
        imageRetryAt: null,
      },
    });
    if (before?.previewPath) await storage.remove(before.previewPath);
  } catch (error) {
    await recordImageFailure(taskId, error, now);
  }
}

/** The same thumbnail as a final image's, for a video clip's still. */
async function webpThumbnail(bytes: Buffer): Promise<Buffer> {
  return sharp(bytes, decodeOptions)
    .resize(THUMB_LONG_SIDE, THUMB_LONG_SIDE, { fit: "inside", withoutEnlargement: true })
    .webp({ quality: 80 })
    .toBuffer();
}

async function recordImageFailure(taskId: string, error: unknown, now: Date): Promise<void> {
  const kind = error instanceof ImageStoreError ? error.kind : "storage";
  const retry = !(error instanceof ImageStoreError) || retryCanHelp(error.cause);
  console.warn(`[images] final image of ${taskId} not stored (${describeError(error)})`);
  const task = await db.task.findUnique({ where: { id: taskId }, select: { imageAttempts: true } });
  const attempts = (task?.imageAttempts ?? 0) + 1;
  await db.task.update({
    where: { id: taskId },
    data: {
      imageError: kind,
      imageAttempts: attempts,
      imageRetryAt: retry ? nextImageRetryAt(kind, attempts, now) : null,
    },
  });
}

/** One tiny write and delete: whether the image storage works again after write failures. */
export async function storageAcceptsWrites(): Promise<boolean> {
  const key = "health/write-check";
  try {
    const storage = getImageStorage();
    await storage.put(key, Buffer.from("ok"));
    await storage.remove(key);
    return true;
  } catch {
    return false;
  }
}

/** Keeps the latest progress preview as a small WebP; a failed preview is not worth an error on the task. */
export async function storePreview(taskId: string, url: string): Promise<void> {
  try {
    const { bytes } = await downloadImage(url, { maxBytes: 10 * 1024 * 1024 });
    const webp = await sharp(bytes, decodeOptions)
      .resize(PREVIEW_LONG_SIDE, PREVIEW_LONG_SIDE, { fit: "inside", withoutEnlargement: true })
      .webp({ quality: 70 })
      .toBuffer();
    const previewPath = `tasks/${taskId}/preview-${shortHash(webp)}.webp`;
    const stored = await db.task.findUnique({ where: { id: taskId }, select: { previewPath: true } });
    const previousPath = stored?.previewPath ?? null;
    if (previewPath === previousPath) return;
    const storage = getImageStorage();
    await storage.put(previewPath, webp);
    // Only attach the preview while the final image has not landed yet.
    const { count } = await db.task.updateMany({
      where: { id: taskId, imagePath: null },
      data: { previewPath },
    });
    if (count === 0) await storage.remove(previewPath);
    else if (previousPath) await storage.remove(previousPath);
  } catch (error) {
    console.warn(`[images] preview for ${taskId} not stored: ${describeError(error)}`);
  }
}
