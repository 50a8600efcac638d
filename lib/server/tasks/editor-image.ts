import "server-only";

import sharp from "sharp";

import { AppError } from "@/lib/errors";

// Midjourney's editor regenerates the ERASED (transparent) pixels of the image it is given; the proxies take no
// separate mask (mj-api.md 4.12). The browser paints the area to change (white = change, black = keep, as the
// Vary (Region) editor exports it), and the cut is made here with sharp, so what reaches the upstream is only ever
// the validated image with that area made transparent.

/** The proxies' aggregators advise at most ~4 MB per image (mj-api.md 11.2); a cut PNG larger is scaled down. */
export const EDIT_IMAGE_MAX_BYTES = 4 * 1024 * 1024;
const FALLBACK_EDGES = [2048, 1536, 1024, 768, 512];
/**
 * The largest image (and mask) the cut decodes: a 1 MB upload can declare a huge canvas (a one-colour PNG packs
 * 16k × 16k into a few hundred KB), and the cut holds four bytes per pixel plus a loop over every one, so without
 * a bound one request could take gigabytes and minutes of the server. 36 MP is above any Midjourney upscale
 * (4096 × 4096 is 16.8 MP; a 2× upscale of a 1:2 image is ~17 MP) and is scaled down before it goes upstream anyway.
 */
export const EDIT_MAX_PIXELS = 36 * 1024 * 1024;
const decodeOptions = { failOn: "error", limitInputPixels: EDIT_MAX_PIXELS } as const;

/** Refuses, from the header alone (nothing decoded yet), an image whose canvas is larger than EDIT_MAX_PIXELS. */
async function assertDecodable(bytes: Buffer, name: string): Promise<void> {
  let width = 0;
  let height = 0;
  try {
    ({ width = 0, height = 0 } = await sharp(bytes, { limitInputPixels: false }).metadata());
  } catch {
    throw new AppError("unsupported_media_type", `${name} is not a readable image.`);
  }
  if (width * height > EDIT_MAX_PIXELS) {
    throw new AppError(
      "payload_too_large",
      `${name} is ${width} × ${height} pixels; the editor takes at most ${EDIT_MAX_PIXELS / 1024 / 1024} megapixels.`,
      { width, height, maxPixels: EDIT_MAX_PIXELS },
    );
  }
}

export interface CutImage {
  png: Buffer;
  /** The mask as stored with the task: the image's size, pure black (keep) and white (change). */
  mask: Buffer;
  width: number;
  height: number;
  /** Share of the pixels made transparent, 0–1. */
  erased: number;
}

/** The mask at the image's size, one byte per pixel: 255 where the member painted (change), 0 elsewhere. */
async function changeMap(mask: Buffer, width: number, height: number): Promise<Buffer> {
  // Transparent mask pixels count as "keep" (black); anything lighter than mid-grey counts as painted.
  return sharp(mask, decodeOptions)
    .flatten({ background: "#000000" })
    .resize(width, height, { fit: "fill", kernel: "nearest" })
    .greyscale()
    .threshold(128)
    .extractChannel(0)
    .raw()
    .toBuffer();
}

async function encode(rgba: Buffer, width: number, height: number): Promise<Buffer> {
  const raw = { raw: { width, height, channels: 4 as const } };
  const full = await sharp(rgba, raw).png({ compressionLevel: 9 }).toBuffer();
  if (full.length <= EDIT_IMAGE_MAX_BYTES) return full;
  for (const edge of FALLBACK_EDGES) {
    const smaller = await sharp(rgba, raw)
      .resize({ width: edge, height: edge, fit: "inside", withoutEnlargement: true })
      .png({ compressionLevel: 9 })
      .toBuffer();
    if (smaller.length <= EDIT_IMAGE_MAX_BYTES) return smaller;
  }
  throw new AppError("payload_too_large", "The edited image does not fit the upstream's size limit.");
}

/**
 * Cuts the painted area out of `image` (any format sharp reads; EXIF orientation applied first so the mask
 * lines up with what the member saw). Refuses a mask with nothing painted: there would be nothing to edit.
 */
export async function cutPaintedArea(image: Buffer, mask: Buffer): Promise<CutImage> {
  await assertDecodable(image, "The image");
  await assertDecodable(mask, "The mask");
  const { data, info } = await sharp(image, decodeOptions)
    .rotate()
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const { width, height } = info;
  const change = await changeMap(mask, width, height);
  let erasedCount = 0;
  for (let i = 0; i < change.length; i++) {
    if (change[i] === 0) continue;
    erasedCount += 1;
    // Colour under a transparent pixel is zeroed too: nothing of the erased area travels.
    data.fill(0, i * 4, i * 4 + 4);
  }
  if (erasedCount === 0) {
    throw new AppError("validation_failed", "Paint the area to change: the mask is empty.");
  }
  const png = await encode(data, width, height);
  const storedMask = await sharp(change, { raw: { width, height, channels: 1 } })
    .png()
    .toBuffer();
  return { png, mask: storedMask, width, height, erased: erasedCount / change.length };
}
