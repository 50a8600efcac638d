// Browser-side shrinking of reference images before they are base64-encoded into the JSON request.
// Phone photos are 4–12 MB; the API takes at most 1 MB per reference, and Midjourney gains nothing above ~1.5k px.
import { ACCEPTED_IMAGE_TYPES } from "@/lib/schemas/task-input";

export const MAX_LONG_SIDE = 1536;
export const MAX_REFERENCE_BYTES = 1_048_576;
/** JPEG qualities tried in order; below the last one the image is made smaller instead. */
export const QUALITY_STEPS = [0.9, 0.82, 0.74, 0.66, 0.58, 0.5] as const;
const SHRINK_FACTOR = 0.75;
const MAX_SHRINKS = 4;

export interface Size {
  width: number;
  height: number;
}

export interface DownscaledImage extends Size {
  dataUrl: string;
  /** Decoded size, the number the server checks against its limit. */
  bytes: number;
  type: string;
}

export class DownscaleError extends Error {
  constructor(readonly reason: "unreadable" | "too_large") {
    super(
      reason === "unreadable" ? "The image could not be read." : "The image could not be made small enough.",
    );
    this.name = "DownscaleError";
  }
}

/** Scales so the long side is at most `maxSide`; never enlarges. */
export function fitWithin({ width, height }: Size, maxSide: number): Size {
  const longSide = Math.max(width, height);
  if (longSide <= maxSide) return { width, height };
  const scale = maxSide / longSide;
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/** An already small file of a type the API accepts is sent untouched (no JPEG artefacts on a small PNG). */
export function canKeepOriginal(file: { type: string; size: number }, size: Size): boolean {
  const accepted = (ACCEPTED_IMAGE_TYPES as readonly string[]).includes(file.type);
  return accepted && file.size <= MAX_REFERENCE_BYTES && Math.max(size.width, size.height) <= MAX_LONG_SIDE;
}

export function isImageFile(file: { type: string }): boolean {
  return file.type.startsWith("image/");
}

/** Bytes a base64 data URL decodes to. */
export function dataUrlByteLength(dataUrl: string): number {
  const base64 = dataUrl.slice(dataUrl.indexOf(",") + 1);
  const padding = base64.endsWith("==") ? 2 : base64.endsWith("=") ? 1 : 0;
  return Math.floor((base64.length * 3) / 4) - padding;
}

function blobToDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    // readAsDataURL always leaves a string (a data: URL) in result.
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(reader.error ?? new Error("FileReader failed"));
    reader.readAsDataURL(blob);
  });
}

type Surface = { draw: (bitmap: ImageBitmap) => void; encode: (quality: number) => Promise<Blob | null> };

function createSurface({ width, height }: Size): Surface {
  const canvas: OffscreenCanvas | HTMLCanvasElement =
    typeof OffscreenCanvas === "function"
      ? new OffscreenCanvas(width, height)
      : document.createElement("canvas");
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext("2d");
  if (!ctx) throw new DownscaleError("unreadable");
  return {
    draw(bitmap) {
      // JPEG has no alpha: transparent areas would turn black without a white backdrop.
      ctx.fillStyle = "#ffffff";
      ctx.fillRect(0, 0, width, height);
      ctx.imageSmoothingQuality = "high";
      ctx.drawImage(bitmap, 0, 0, width, height);
    },
    encode(quality) {
      if ("convertToBlob" in canvas) return canvas.convertToBlob({ type: "image/jpeg", quality });
      return new Promise((resolve) => canvas.toBlob(resolve, "image/jpeg", quality));
    },
  };
}

export async function downscaleImage(file: Blob): Promise<DownscaledImage> {
  let bitmap: ImageBitmap;
  try {
    // "from-image" applies the EXIF rotation of phone photos before we measure and redraw.
    bitmap = await createImageBitmap(file, { imageOrientation: "from-image" });
  } catch {
    throw new DownscaleError("unreadable");
  }
  try {
    const natural = { width: bitmap.width, height: bitmap.height };
    if (canKeepOriginal(file, natural)) {
      return { ...natural, dataUrl: await blobToDataUrl(file), bytes: file.size, type: file.type };
    }
    let size = fitWithin(natural, MAX_LONG_SIDE);
    for (let shrink = 0; shrink <= MAX_SHRINKS; shrink++) {
      const surface = createSurface(size);
      surface.draw(bitmap);
      for (const quality of QUALITY_STEPS) {
        const blob = await surface.encode(quality);
        if (blob && blob.size <= MAX_REFERENCE_BYTES) {
          return { ...size, dataUrl: await blobToDataUrl(blob), bytes: blob.size, type: "image/jpeg" };
        }
      }
      size = fitWithin(size, Math.round(Math.max(size.width, size.height) * SHRINK_FACTOR));
    }
    throw new DownscaleError("too_large");
  } finally {
    bitmap.close();
  }
}
