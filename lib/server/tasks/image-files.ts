import "server-only";

import { AppError } from "@/lib/errors";
import type { TaskStatus } from "@/lib/schemas/task";
import type { Viewer } from "@/lib/server/auth/viewer";
import { db } from "@/lib/server/db";
import { isGridTask } from "@/lib/task-grid";

import { canSeeTask } from "./access";
import { offeredButtons } from "./dto";

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

/**
 * The stored original of a task whose image is a grid of four (lib/task-grid.ts), with its prompt for naming a
 * download; the same access check as `taskImageKey`. Anything else is a 404 that says why.
 */
export async function taskGridImage(id: string, viewer: Viewer): Promise<{ key: string; prompt: string }> {
  const task = await db.task.findUnique({
    where: { id },
    select: {
      imagePath: true,
      deletedAt: true,
      status: true,
      action: true,
      upstreamId: true,
      buttons: true,
      prompt: true,
    },
  });
  if (!task || !canSeeTask(task, viewer)) throw new AppError("not_found", `No task with id "${id}".`);
  const grid = isGridTask({
    status: task.status as TaskStatus,
    action: task.action,
    buttons: offeredButtons(task),
  });
  if (!grid) {
    throw new AppError(
      "not_found",
      `Task "${id}" is not a finished grid of four images (only finished imagine, variation, reroll, blend, pan and zoom results are), so it has no cells.`,
    );
  }
  if (!task.imagePath) throw noImageYet(id, "original");
  return { key: task.imagePath, prompt: task.prompt };
}
