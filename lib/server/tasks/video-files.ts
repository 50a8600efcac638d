import "server-only";

import { AppError } from "@/lib/errors";
import type { Viewer } from "@/lib/server/auth/viewer";
import { db } from "@/lib/server/db";
import { parseStoredVideos } from "@/lib/server/storage/task-videos";

import { canSeeTask } from "./access";

/** A clip, or its still. */
export type VideoPart = "clip" | "poster";

/**
 * The storage key of clip `n` (1-based) of a task, or of its still, after the same access check as the images
 * (image-files.ts): a task the viewer may not see is an unknown id. Also returns a readable download name.
 */
export async function taskVideoKey(
  id: string,
  n: number,
  part: VideoPart,
  viewer: Viewer,
): Promise<{ key: string; fileName: string }> {
  const task = await db.task.findUnique({
    where: { id },
    select: { videos: true, thumbPath: true, deletedAt: true, prompt: true },
  });
  if (!task || !canSeeTask(task, viewer)) throw new AppError("not_found", `No task with id "${id}".`);
  const video = parseStoredVideos(task.videos)[n - 1];
  if (!video) throw new AppError("not_found", `Task "${id}" has no stored video ${n}.`);
  // A clip without its own still shows the task's thumbnail (its poster) instead of a broken image.
  const key = part === "clip" ? video.path : (video.posterPath ?? task.thumbPath);
  if (!key) throw new AppError("not_found", `Task "${id}" has no still for video ${n}.`);
  return { key, fileName: videoFileName(task.prompt, id, n, key) };
}

/**
 * "mj-<prompt words>-<id>-video-<n>.mp4": readable in a downloads folder, unique per task and clip, and safe in a
 * Content-Disposition header (ASCII letters, digits and dashes only; the prompt part is at most 40 characters).
 */
export function videoFileName(prompt: string, id: string, n: number, key: string): string {
  const extension = key.split(".").pop() ?? "mp4";
  const words = prompt
    .replace(/--\S+(\s+[^-\s]\S*)?/g, " ")
    .normalize("NFKD")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .toLowerCase()
    .slice(0, 40)
    .replace(/-+$/, "");
  const shortId = id.replace(/[^A-Za-z0-9]/g, "").slice(0, 12);
  return ["mj", words, shortId, `video-${n}`].filter(Boolean).join("-") + `.${extension}`;
}
