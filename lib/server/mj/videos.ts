import "server-only";

import { downloadUpstreamMedia } from "./images";

// Downloading a video result. The studio stores the upstream's mp4 as it is (never re-encoded: re-encoding costs
// CPU, loses quality and would need a codec library), so the only checks are size and that it really is an mp4.

/** A 720p clip of a few seconds is 2–10 MB; 64 MB leaves room for longer extends without trusting any size. */
export const DEFAULT_MAX_VIDEO_BYTES = 64 * 1024 * 1024;
/**
 * Longer than the image deadline because the file is: 64 MB at a modest 2 MB/s takes 32 s. A video download
 * holds one slot of the download pool, like an image, so the deadline still has to end a trickling server.
 */
export const VIDEO_DOWNLOAD_TIMEOUT_MS = 60_000;

/** ISO base media brands that are QuickTime, not MP4: a .mov plays in Safari only, so it is refused. */
const QUICKTIME_BRANDS = new Set(["qt  "]);

/** True when the bytes start like an MP4 file: a first box `ftyp` whose major brand is not QuickTime. */
export function looksLikeMp4(bytes: Buffer): boolean {
  if (bytes.length < 12 || bytes.subarray(4, 8).toString("latin1") !== "ftyp") return false;
  return !QUICKTIME_BRANDS.has(bytes.subarray(8, 12).toString("latin1"));
}

/**
 * Downloads an upstream video (mj-api.md 5.2 `videoUrl`/`videoUrls`). Accepts only MP4: declared `video/mp4`, or
 * an unlabelled/octet-stream body that starts like one; anything else (an HTML error page, a poster image, a
 * .mov or .webm) is a bad_response. The API key goes only to the API server's own origin, as for images.
 */
export async function downloadVideo(
  url: string,
  opts?: { maxBytes?: number },
): Promise<{ bytes: Buffer; contentType: "video/mp4" }> {
  const { bytes } = await downloadUpstreamMedia(url, {
    noun: "video",
    maxBytes: opts?.maxBytes ?? DEFAULT_MAX_VIDEO_BYTES,
    timeoutMs: VIDEO_DOWNLOAD_TIMEOUT_MS,
    pickType: (declaredType, bytes) => {
      const labelledMp4 = declaredType === "video/mp4";
      const unlabelled = declaredType === "" || declaredType === "application/octet-stream";
      return (labelledMp4 || unlabelled) && looksLikeMp4(bytes) ? "video/mp4" : null;
    },
  });
  return { bytes, contentType: "video/mp4" };
}
