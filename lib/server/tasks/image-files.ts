import "server-only";

import { AppError } from "@/lib/errors";
import type { Viewer } from "@/lib/server/auth/viewer";
import { db } from "@/lib/server/db";

import { canSeeTask } from "./access";

export const IMAGE_VARIANTS = ["original", "thumb", "preview"] as const;
export type ImageVariant = (typeof IMAGE_VARIANTS)[number];

export function isImageVariant(value: string): value is ImageVariant {
  return (IMAGE_VARIANTS as readonly string[]).includes(value);
}

/**
 * The storage key of one of a task's images, if the viewer may see the task and the image exists yet. Every
 * way of serving an image (bytes through the studio, a presigned redirect) asks this first: it is the access check.
 */
export async function taskImageKey(id: string, variant: ImageVariant, viewer: Viewer): Promise<string> {
  const task = await db.task.findUnique({
    where: { id },
    select: { imagePath: true, thumbPath: true, previewPath: true, deletedAt: true },
  });
  // Trashed images are the admins' (the trash page shows their thumbnails); for members they do not exist.
  if (!task || !canSeeTask(task, viewer)) throw new AppError("not_found", `No task with id "${id}".`);
  // A page may still show the preview URL for a moment after the final image replaced it: serve the
  // thumbnail then rather than a broken image.
  const key =
    variant === "original"
      ? task.imagePath
      : variant === "thumb"
        ? task.thumbPath
        : (task.previewPath ?? task.thumbPath);
  if (!key) throw noImageYet(id, variant);
  return key;
}

export function noImageYet(id: string, variant: ImageVariant): AppError {
  return new AppError("not_found", `Task "${id}" has no ${variant} image yet.`);
}
