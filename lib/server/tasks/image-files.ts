import "server-only";

import { AppError } from "@/lib/errors";
import type { Viewer } from "@/lib/server/auth/viewer";
import { db } from "@/lib/server/db";
import { getImageStorage } from "@/lib/server/storage";

import { canSeeTask } from "./access";

export const IMAGE_VARIANTS = ["original", "thumb", "preview"] as const;
export type ImageVariant = (typeof IMAGE_VARIANTS)[number];

export function isImageVariant(value: string): value is ImageVariant {
  return (IMAGE_VARIANTS as readonly string[]).includes(value);
}

/** Our stored copy of one of a task's images, if the viewer may see the task and the image exists yet. */
export async function readTaskImage(
  id: string,
  variant: ImageVariant,
  viewer: Viewer,
): Promise<{ bytes: Buffer; ext: string }> {
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
  const bytes = key ? await getImageStorage().get(key) : null;
  if (!key || !bytes) throw new AppError("not_found", `Task "${id}" has no ${variant} image yet.`);
  return { bytes, ext: key.split(".").pop() ?? "" };
}
