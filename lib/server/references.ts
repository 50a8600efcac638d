import "server-only";

import sharp from "sharp";

import { env } from "@/env.mjs";
import { AppError } from "@/lib/errors";
import { ACCEPTED_IMAGE_TYPES } from "@/lib/schemas/task-input";

const DATA_URL = /^data:([a-z]+\/[a-z0-9.+-]+);base64,([A-Za-z0-9+/=\s]+)$/i;
const FORMAT_TO_MIME: Record<string, string> = {
  png: "image/png",
  jpeg: "image/jpeg",
  webp: "image/webp",
  gif: "image/gif",
};
const MIME_NAMES: Record<string, string> = {
  "image/png": "PNG",
  "image/jpeg": "JPEG",
  "image/webp": "WebP",
  "image/gif": "GIF",
};

/** ["image/png", "image/jpeg", "image/webp"] → "PNG, JPEG and WebP" (or "… or WebP") */
function formatList(mimes: readonly string[], conjunction: "and" | "or"): string {
  const names = mimes.map((m) => MIME_NAMES[m] ?? m);
  return names.length > 1
    ? `${names.slice(0, -1).join(", ")} ${conjunction} ${names.at(-1)}`
    : (names[0] ?? "");
}

/** An uploaded image after validation: a data URL whose MIME type matches the bytes, and what they are. */
export interface ValidatedImage {
  dataUrl: string;
  bytes: Buffer;
  mime: string;
  width: number;
  height: number;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * Checks one image before anything goes upstream: a real image (decoded, not just a claimed MIME type), an
 * accepted format, and within the per-image byte limit. `name` starts every message ("Reference 2", "The
 * mask", …). The returned data URL carries the MIME type of the bytes, because strict proxies reject a
 * mismatched or missing prefix.
 */
export async function validateImage(
  dataUrl: string,
  name: string,
  options: { accept?: readonly string[] } = {},
): Promise<ValidatedImage> {
  const accept = options.accept ?? ACCEPTED_IMAGE_TYPES;
  const limit = env.MAX_REFERENCE_BYTES;
  const match = DATA_URL.exec(dataUrl);
  if (!match) {
    throw new AppError("validation_failed", `${name} is not a base64 data URL (data:image/...;base64,...).`);
  }
  const claimed = (match[1] ?? "").toLowerCase();
  if (!accept.includes(claimed)) {
    throw new AppError(
      "unsupported_media_type",
      `${name} is ${claimed}; only ${formatList(accept, "and")} images are accepted.`,
    );
  }
  const bytes = Buffer.from((match[2] ?? "").replace(/\s/g, ""), "base64");
  if (bytes.length > limit) {
    throw new AppError(
      "payload_too_large",
      `${name} is ${megabytes(bytes.length)}; the limit is ${megabytes(limit)} per image.`,
      {
        bytes: bytes.length,
        limit,
      },
    );
  }
  const meta = await readImage(bytes);
  const mime = meta?.format ? FORMAT_TO_MIME[meta.format] : undefined;
  if (!meta || !mime || !accept.includes(mime)) {
    throw new AppError(
      "unsupported_media_type",
      `${name} is not a readable ${formatList(accept, "or")} image.`,
    );
  }
  return {
    dataUrl: `data:${mime};base64,${bytes.toString("base64")}`,
    bytes,
    mime,
    width: meta.width,
    height: meta.height,
  };
}

/** Every reference image of an imagine, named "Reference 1…n" in errors; returns the normalised data URLs. */
export async function validateReferences(dataUrls: string[]): Promise<string[]> {
  return validateImages(dataUrls, (n) => `Reference ${n}`);
}

/** A list of images checked in order; `name(n)` names the n-th (1-based) in error messages. */
export async function validateImages(dataUrls: string[], name: (n: number) => string): Promise<string[]> {
  const out: string[] = [];
  for (const [index, dataUrl] of dataUrls.entries()) {
    try {
      out.push((await validateImage(dataUrl, name(index + 1))).dataUrl);
    } catch (error) {
      // Keeps the position in the details so a client can point at the offending image.
      if (error instanceof AppError && error.code === "payload_too_large") {
        throw new AppError(error.code, error.message, { ...error.details, index: index + 1 });
      }
      throw error;
    }
  }
  return out;
}

async function readImage(bytes: Buffer): Promise<{ format: string; width: number; height: number } | null> {
  if (bytes.length < 8) return null;
  try {
    const meta = await sharp(bytes, { failOn: "error" }).metadata();
    if (!meta.format || !meta.width || !meta.height) return null;
    return { format: meta.format, width: meta.width, height: meta.height };
  } catch {
    return null;
  }
}
