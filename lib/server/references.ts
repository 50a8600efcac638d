import "server-only";

import sharp from "sharp";

import { env } from "@/env.mjs";
import { AppError } from "@/lib/errors";
import { ACCEPTED_IMAGE_TYPES } from "@/lib/schemas/task-input";

const DATA_URL = /^data:([a-z]+\/[a-z0-9.+-]+);base64,([A-Za-z0-9+/=\s]+)$/i;
const FORMAT_TO_MIME: Record<string, string> = { png: "image/png", jpeg: "image/jpeg", webp: "image/webp", gif: "image/gif" };

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * Checks every reference image before anything goes upstream: a real image (decoded, not just a claimed
 * MIME type), an accepted format, and within the per-image byte limit. Returns normalised data URLs whose
 * MIME type matches the bytes, because strict proxies reject a mismatched or missing prefix.
 */
export async function validateReferences(dataUrls: string[]): Promise<string[]> {
  const limit = env.MAX_REFERENCE_BYTES;
  const out: string[] = [];
  for (const [index, dataUrl] of dataUrls.entries()) {
    const n = index + 1;
    const match = DATA_URL.exec(dataUrl);
    if (!match) {
      throw new AppError("validation_failed", `Reference ${n} is not a base64 data URL (data:image/...;base64,...).`);
    }
    const claimed = (match[1] ?? "").toLowerCase();
    if (!(ACCEPTED_IMAGE_TYPES as readonly string[]).includes(claimed)) {
      throw new AppError("unsupported_media_type", `Reference ${n} is ${claimed}; only PNG, JPEG, WebP and GIF images are accepted.`);
    }
    const bytes = Buffer.from((match[2] ?? "").replace(/\s/g, ""), "base64");
    if (bytes.length > limit) {
      throw new AppError("payload_too_large", `Reference ${n} is ${megabytes(bytes.length)}; the limit is ${megabytes(limit)} per image.`, {
        index: n,
        bytes: bytes.length,
        limit,
      });
    }
    const format = await detectImageFormat(bytes);
    const mime = format ? FORMAT_TO_MIME[format] : undefined;
    if (!mime) {
      throw new AppError("unsupported_media_type", `Reference ${n} is not a readable PNG, JPEG, WebP or GIF image.`);
    }
    out.push(`data:${mime};base64,${bytes.toString("base64")}`);
  }
  return out;
}

async function detectImageFormat(bytes: Buffer): Promise<string | null> {
  if (bytes.length < 8) return null;
  try {
    const meta = await sharp(bytes, { failOn: "error" }).metadata();
    return meta.format ?? null;
  } catch {
    return null;
  }
}
