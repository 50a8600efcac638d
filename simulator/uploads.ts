import "server-only";

import { createHash } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";

import { IMAGE_DATA_URL } from "./schemas";

// Images sent to describe / blend / face swap. Midjourney uploads them to Discord; the simulator keeps them under
// `<imagesDir>/uploads/`, named by content hash, so a describe task can show (and re-render) what it read.

export interface UploadInfo {
  /** File name under `uploads/`. */
  name: string;
  /** 32 bits of the content hash: the seed everything "read" from the image is derived from. */
  hash: number;
  /** Full hex content hash, to tell identical images apart from different ones. */
  digest: string;
  ext: "png" | "jpg" | "webp" | "gif";
  width: number;
  height: number;
  /** Average colour, `#rrggbb`. */
  color: string;
}

const EXT: Record<string, UploadInfo["ext"]> = { png: "png", jpeg: "jpg", webp: "webp", gif: "gif" };

function hex(n: number): string {
  return Math.round(Math.min(255, Math.max(0, n)))
    .toString(16)
    .padStart(2, "0");
}

/** Decodes a data URL the way a proxy would: a wrong prefix or bytes that are no image → null (`base64格式错误`). */
export async function inspectUpload(dataUrl: string): Promise<{ info: UploadInfo; bytes: Buffer } | null> {
  if (!IMAGE_DATA_URL.test(dataUrl)) return null;
  const bytes = Buffer.from(dataUrl.slice(dataUrl.indexOf(",") + 1), "base64");
  try {
    const image = sharp(bytes, { failOn: "error" });
    const meta = await image.metadata();
    const ext = meta.format ? EXT[meta.format] : undefined;
    if (!ext || !meta.width || !meta.height) return null;
    const stats = await image.stats();
    const [r, g, b] = [0, 1, 2].map((i) => stats.channels[i]?.mean ?? stats.channels[0]?.mean ?? 0);
    const digest = createHash("sha256").update(bytes).digest("hex");
    return {
      bytes,
      info: {
        name: `${digest.slice(0, 32)}.${ext}`,
        hash: Number.parseInt(digest.slice(0, 8), 16),
        digest,
        ext,
        width: meta.width,
        height: meta.height,
        color: `#${hex(r ?? 0)}${hex(g ?? 0)}${hex(b ?? 0)}`,
      },
    };
  } catch {
    return null;
  }
}

/** Keeps the bytes for later rendering; content-addressed, so a repeated upload writes nothing new. */
export async function saveUpload(
  imagesDir: string,
  upload: { info: UploadInfo; bytes: Buffer },
): Promise<void> {
  const dir = path.join(imagesDir, "uploads");
  const file = path.join(dir, upload.info.name);
  try {
    await fs.access(file);
    return;
  } catch {
    // Not there yet.
  }
  await fs.mkdir(dir, { recursive: true });
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  await fs.writeFile(tmp, upload.bytes);
  await fs.rename(tmp, file);
}

export function uploadPath(imagesDir: string, name: string): string {
  return path.join(imagesDir, "uploads", path.basename(name));
}
