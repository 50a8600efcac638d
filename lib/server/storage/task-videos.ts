import "server-only";

import { z } from "zod";

// A VIDEO task's clips, as two JSON columns on Task (prisma/schema.prisma): `upstreamVideos`, the links the
// upstream gave (kept so a failed download can be retried like an image), and `videos`, what we stored. Both are
// read back through these schemas, so a hand-edited or truncated row reads as "no videos", never as a crash.

/** One clip as the upstream listed it: the mp4's link and its still, when it named one. */
export interface UpstreamVideoLink {
  url: string;
  poster: string | null;
}

/** One stored clip: the mp4 key (bytes exactly as sent), its size, and our WebP thumbnail of its still. */
export interface StoredVideo {
  path: string;
  bytes: number;
  posterPath: string | null;
}

/** Midjourney makes 1, 2 or 4 clips per job; a longer list is cut here so one task cannot fill the disk. */
export const MAX_TASK_VIDEOS = 4;

const UpstreamVideoLinks = z
  .array(z.object({ url: z.string().min(1), poster: z.string().min(1).nullable() }))
  .max(MAX_TASK_VIDEOS);
const StoredVideos = z
  .array(
    z.object({
      path: z.string().min(1),
      bytes: z.number().int().nonnegative(),
      posterPath: z.string().min(1).nullable(),
    }),
  )
  .max(MAX_TASK_VIDEOS);

function parseJson<T>(schema: z.ZodType<T>, text: string | null | undefined): T | null {
  if (!text) return null;
  try {
    const parsed = schema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** What goes into `upstreamVideos`: the first MAX_TASK_VIDEOS clips; null when there are none. */
export function serializeUpstreamVideos(videos: readonly UpstreamVideoLink[]): string | null {
  const kept = videos.slice(0, MAX_TASK_VIDEOS).map(({ url, poster }) => ({ url, poster }));
  return kept.length > 0 ? JSON.stringify(kept) : null;
}

export function parseUpstreamVideos(text: string | null | undefined): UpstreamVideoLink[] {
  return parseJson(UpstreamVideoLinks, text) ?? [];
}

export function parseStoredVideos(text: string | null | undefined): StoredVideo[] {
  return parseJson(StoredVideos, text) ?? [];
}

/** Container formats the studio serves as video, by their first bytes; anything else is not stored as one. */
export type VideoContainer = "mp4" | "webm";

export const VIDEO_CONTENT_TYPES: Record<VideoContainer, string> = { mp4: "video/mp4", webm: "video/webm" };

/**
 * The container of a downloaded clip, from its bytes (an ISO-BMFF `ftyp` box: mp4/mov; the EBML magic: webm), not
 * from the server's label: CDNs often say application/octet-stream, and an HTML error page must not be kept.
 */
export function sniffVideoContainer(bytes: Uint8Array): VideoContainer | null {
  if (bytes.length >= 12 && Buffer.from(bytes.subarray(4, 8)).toString("latin1") === "ftyp") return "mp4";
  if (bytes.length >= 4 && bytes[0] === 0x1a && bytes[1] === 0x45 && bytes[2] === 0xdf && bytes[3] === 0xa3)
    return "webm";
  return null;
}

/** Content-versioned keys, like the images': a key is written once and never rewritten with other bytes. */
export function videoKey(taskId: string, index: number, version: string, container: VideoContainer): string {
  return `tasks/${taskId}/video-${index + 1}-${version}.${container}`;
}

export function videoPosterKey(taskId: string, index: number, version: string): string {
  return `tasks/${taskId}/video-${index + 1}-poster-${version}.webp`;
}
