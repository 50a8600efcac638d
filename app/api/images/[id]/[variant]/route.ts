// GET /api/images/:id/:variant – our stored copy of a task's image (original | thumb | preview)
import { AppError } from "@/lib/errors";
import { db } from "@/lib/server/db";
import { handle } from "@/lib/server/http";
import { getImageStorage } from "@/lib/server/storage";
import { canSeeTask } from "@/lib/server/tasks/viewer";

export const dynamic = "force-dynamic";

const CONTENT_TYPES: Record<string, string> = {
  png: "image/png",
  jpg: "image/jpeg",
  webp: "image/webp",
  gif: "image/gif",
};

export const GET = handle<{ id: string; variant: string }>(async (req, { id, variant }, viewer) => {
  if (variant !== "original" && variant !== "thumb" && variant !== "preview") {
    throw new AppError("not_found", `Unknown image variant "${variant}"; use original, thumb or preview.`);
  }
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
  const ext = key.split(".").pop() ?? "";
  const headers = new Headers({
    "Content-Type": CONTENT_TYPES[ext] ?? "application/octet-stream",
    "Content-Length": String(bytes.length),
    // Stored paths are content-versioned and the URL carries the version, so a copy never goes stale.
    "Cache-Control": "private, max-age=31536000, immutable",
    "X-Content-Type-Options": "nosniff",
  });
  if (new URL(req.url).searchParams.has("download")) {
    headers.set("Content-Disposition", `attachment; filename="mj-${id}-${variant}.${ext}"`);
  }
  return new Response(new Uint8Array(bytes), { headers });
});
