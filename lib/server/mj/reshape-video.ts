import "server-only";

import { z } from "zod";

// The video part of a Task (mj-api.md 5.2): `videoUrl` is the main clip, `videoUrls` every clip of the batch.
// TRUE sends `[{url, thumbnail}]`, newer new-api `[{url}]`; some relays flatten the list to plain strings, and
// "", null or an absent field mean "no video". Whatever the shape, callers get one list, the main clip first.

export interface UpstreamVideo {
  /** Where the mp4 can be downloaded (absolute, or relative to the API server like image URLs). */
  url: string;
  /** A still of the clip (TRUE's `thumbnail`), or null when the upstream names none. */
  posterUrl: string | null;
}

/** A batch is 1, 2 or 4 clips; anything far beyond that is junk and is not stored. */
export const MAX_VIDEOS = 8;
/** Signed CDN links are long, but not this long: a longer value is junk, dropped rather than cut. */
export const MAX_VIDEO_URL_CHARS = 4_000;

const VideoObjectWire = z.looseObject({
  url: z.string(),
  thumbnail: z.string().nullish().catch(null),
});

/** A usable URL text: trimmed, non-empty, bounded and free of whitespace or control characters. */
function urlText(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const url = value.trim();
  if (url === "" || url.length > MAX_VIDEO_URL_CHARS || /[\s\x00-\x1f\x7f]/.test(url)) return null;
  return url;
}

function videoOf(item: unknown): UpstreamVideo | null {
  if (typeof item === "string") {
    const url = urlText(item);
    return url ? { url, posterUrl: null } : null;
  }
  const parsed = VideoObjectWire.safeParse(item);
  if (!parsed.success) return null;
  const url = urlText(parsed.data.url);
  return url ? { url, posterUrl: urlText(parsed.data.thumbnail) } : null;
}

/** `videoUrl` + `videoUrls` → the clips, the main one first, without duplicates; [] when there are none. */
export function parseVideos(videoUrl: unknown, videoUrls: unknown): UpstreamVideo[] {
  const out: UpstreamVideo[] = [];
  const add = (video: UpstreamVideo | null) => {
    if (!video || out.length >= MAX_VIDEOS) return;
    const existing = out.find((v) => v.url === video.url);
    // The same clip named twice: keep the poster whichever mention carries one.
    if (existing) existing.posterUrl ??= video.posterUrl;
    else out.push(video);
  };
  // The main clip first, so `videos[0]` is what the upstream itself calls the result.
  add(videoOf(videoUrl));
  if (Array.isArray(videoUrls)) for (const item of videoUrls) add(videoOf(item));
  return out;
}
