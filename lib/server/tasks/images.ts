import "server-only";

import { createHash } from "node:crypto";

import sharp from "sharp";

import { db } from "@/lib/server/db";
import { downloadImage } from "@/lib/server/mj";
import { getImageStorage } from "@/lib/server/storage";

const THUMB_LONG_SIDE = 512;
const PREVIEW_LONG_SIDE = 768;
export const MAX_IMAGE_ATTEMPTS = 5;

function shortHash(bytes: Buffer): string {
  return createHash("sha256").update(bytes).digest("hex").slice(0, 12);
}

/**
 * Downloads the finished image once (upstream CDN links expire within a day), keeps the original bytes and
 * a WebP thumbnail. Failures are recorded on the task and retried by the tracker a few times.
 */
export async function storeFinalImage(taskId: string, url: string): Promise<void> {
  try {
    const { bytes } = await downloadImage(url);
    const image = sharp(bytes, { failOn: "error" });
    const meta = await image.metadata();
    const format = meta.format === "jpeg" ? "jpg" : (meta.format ?? "png");
    const version = shortHash(bytes);
    const thumb = await image
      .clone()
      .resize(THUMB_LONG_SIDE, THUMB_LONG_SIDE, { fit: "inside", withoutEnlargement: true })
      .webp({ quality: 80 })
      .toBuffer({ resolveWithObject: true });
    const storage = getImageStorage();
    const imagePath = `tasks/${taskId}/original-${version}.${format}`;
    const thumbPath = `tasks/${taskId}/thumb-${version}.webp`;
    await storage.put(imagePath, bytes);
    await storage.put(thumbPath, thumb.data);
    const before = await db.task.findUnique({ where: { id: taskId }, select: { previewPath: true } });
    await db.task.update({
      where: { id: taskId },
      data: {
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
      },
    });
    if (before?.previewPath) await storage.remove(before.previewPath);
  } catch (error) {
    await db.task.update({
      where: { id: taskId },
      data: { imageError: describe(error), imageAttempts: { increment: 1 } },
    });
  }
}

/** Keeps the latest progress preview as a small WebP; a failed preview is not worth an error on the task. */
export async function storePreview(taskId: string, url: string, previousPath: string | null): Promise<void> {
  try {
    const { bytes } = await downloadImage(url, { maxBytes: 10 * 1024 * 1024 });
    const webp = await sharp(bytes, { failOn: "error" })
      .resize(PREVIEW_LONG_SIDE, PREVIEW_LONG_SIDE, { fit: "inside", withoutEnlargement: true })
      .webp({ quality: 70 })
      .toBuffer();
    const previewPath = `tasks/${taskId}/preview-${shortHash(webp)}.webp`;
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
    console.warn(`[images] preview for ${taskId} not stored: ${describe(error)}`);
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message.slice(0, 300) : "unknown error";
}
