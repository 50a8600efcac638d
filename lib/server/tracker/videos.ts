import "server-only";

import { createHash } from "node:crypto";

import { db } from "@/lib/server/db";
import { downloadImage, downloadVideo } from "@/lib/server/mj";
import { getImageStorage } from "@/lib/server/storage";
import {
  parseUpstreamVideos,
  sniffVideoContainer,
  type StoredVideo,
  VIDEO_CONTENT_TYPES,
  type VideoContainer,
  videoKey,
  videoPosterKey,
} from "@/lib/server/storage/task-videos";

import { downloadProblemOf } from "./image-retry";
import { step } from "./store-step";

/** The columns a VIDEO task's stored clips fill in; {} for a task that has none (every image task). */
export type VideoColumns =
  Record<string, never> | { videoCount: number; videos: string; videoMime: string; videoBytes: number };

function shortHash(bytes: Buffer): string {
  return createHash("sha256").update(bytes).digest("hex").slice(0, 12);
}

/**
 * Stores the clips the upstream listed for a finished task (`upstreamVideos`, written by the observation that
 * saw them), byte for byte as sent: never decoded or re-encoded, so what members download is Midjourney's file.
 * Each clip's still becomes a small WebP, like an image's thumbnail; a still that cannot be read leaves that clip
 * with the task's own thumbnail. A clip that cannot be downloaded or stored throws a labelled ImageStoreError, and
 * the caller records it on the task exactly like a failed final image (the same retries, expiry and final state):
 * a VIDEO task is complete only with its poster AND all its clips, written in one update.
 */
export async function storeTaskVideos(
  taskId: string,
  thumbnail: (bytes: Buffer) => Promise<Buffer>,
): Promise<VideoColumns> {
  const row = await db.task.findUnique({ where: { id: taskId }, select: { upstreamVideos: true } });
  const links = parseUpstreamVideos(row?.upstreamVideos);
  if (links.length === 0) return {};
  const storage = getImageStorage();
  const stored: StoredVideo[] = [];
  let container: VideoContainer | null = null;
  for (const [index, link] of links.entries()) {
    const { bytes, kind } = await step(downloadProblemOf, async () => {
      const { bytes } = await downloadVideo(link.url);
      const kind = sniffVideoContainer(bytes);
      if (!kind) throw new Error("the video link did not answer with an mp4 or webm file");
      return { bytes, kind };
    });
    container ??= kind;
    const path = videoKey(taskId, index, shortHash(bytes), kind);
    const posterPath = link.poster ? await storePoster(taskId, index, link.poster, thumbnail) : null;
    await step(
      () => "storage",
      () => storage.put(path, bytes, VIDEO_CONTENT_TYPES[kind]),
    );
    stored.push({ path, bytes: bytes.length, posterPath });
  }
  return {
    videoCount: stored.length,
    videos: JSON.stringify(stored),
    videoMime: VIDEO_CONTENT_TYPES[container ?? "mp4"],
    videoBytes: stored.reduce((sum, video) => sum + video.bytes, 0),
  };
}

/** A clip's still as a WebP thumbnail; null when it cannot be had (the task's own thumbnail stands in). */
async function storePoster(
  taskId: string,
  index: number,
  url: string,
  thumbnail: (bytes: Buffer) => Promise<Buffer>,
): Promise<string | null> {
  try {
    const { bytes } = await downloadImage(url, { maxBytes: 10 * 1024 * 1024 });
    const webp = await thumbnail(bytes);
    const key = videoPosterKey(taskId, index, shortHash(webp));
    await getImageStorage().put(key, webp);
    return key;
  } catch (error) {
    console.warn(
      `[videos] still of clip ${index + 1} of ${taskId} not stored: ${String(error).slice(0, 200)}`,
    );
    return null;
  }
}
