import "server-only";

import { AppError } from "@/lib/errors";
import { clipDisplayName } from "@/lib/schemas/display-name";
import type { Viewer } from "@/lib/server/auth/viewer";
import { db } from "@/lib/server/db";
import { taskParams } from "@/lib/server/export/task-zip";
import { streamTaskZip, type TaskExportSource } from "@/lib/server/export/task-zip-stream";
import { getImageStorage } from "@/lib/server/storage";
import { parseStoredVideos } from "@/lib/server/storage/task-videos";

import { canSeeTask } from "./access";

// Zips stream one image at a time; this still bounds one download's size (images are stored, not recompressed).
const MAX_ZIP_IMAGE_BYTES = 512 * 1024 * 1024;

const link = (t: { id: string; action: string; buttonLabel: string | null }) => ({
  id: t.id,
  action: t.action,
  buttonLabel: t.buttonLabel,
});

/**
 * The selected tasks as a streamed zip: each image with a JSON sidecar (prompt, params, seed, author, lineage).
 * `onClose` runs once the stream ends, fails or is abandoned by the client — not if this throws first.
 */
export async function streamDownload(
  ids: readonly string[],
  viewer: Viewer,
  onClose: () => void,
): Promise<ReadableStream<Uint8Array>> {
  const tasks = await db.task.findMany({
    where: { id: { in: [...new Set(ids)] }, deletedAt: null },
    include: {
      author: { select: { id: true, name: true } },
      parent: { select: { id: true, action: true, buttonLabel: true, deletedAt: true } },
      children: {
        where: { deletedAt: null },
        select: { id: true, action: true, buttonLabel: true },
        orderBy: { createdAt: "asc" },
      },
    },
    orderBy: { createdAt: "asc" },
  });
  if (tasks.length === 0) throw new AppError("not_found", "None of the selected tasks exist any more.");
  const total = tasks.reduce((sum, task) => sum + (task.imageBytes ?? 0) + (task.videoBytes ?? 0), 0);
  if (total > MAX_ZIP_IMAGE_BYTES) {
    throw new AppError(
      "payload_too_large",
      `The selected images are ${Math.round(total / 1024 / 1024)} MB; download at most ${MAX_ZIP_IMAGE_BYTES / 1024 / 1024} MB at once.`,
    );
  }
  const storage = getImageStorage();
  const sources: TaskExportSource[] = tasks.map((task) => ({
    meta: {
      id: task.id,
      action: task.action,
      status: task.status,
      prompt: task.prompt,
      finalPrompt: task.finalPrompt,
      botType: task.botType,
      params: taskParams(task.finalPrompt ?? task.prompt),
      seed: task.seed,
      author: task.author ? { ...task.author, name: clipDisplayName(task.author.name) } : null,
      // A trashed parent stays out of a member's export, as it stays out of their gallery.
      parent: task.parent && canSeeTask(task.parent, viewer) ? link(task.parent) : null,
      children: task.children.map(link),
      createdAt: task.createdAt.toISOString(),
      finishedAt: task.finishedAt?.toISOString() ?? null,
      size: task.imageWidth && task.imageHeight ? { width: task.imageWidth, height: task.imageHeight } : null,
      sourceUrl: `/tasks/${task.id}`,
    },
    async loadImage() {
      const bytes = task.imagePath ? await storage.get(task.imagePath) : null;
      // A Buffer is a Uint8Array already; copying it would hold the image twice.
      return bytes ? { bytes, mime: task.imageMime ?? "image/png" } : null;
    },
    async loadVideos() {
      const clips = [];
      for (const video of parseStoredVideos(task.videos)) {
        const bytes = await storage.get(video.path);
        // A clip missing from storage is left out, like a missing image; the sidecar lists what is there.
        if (bytes) clips.push({ bytes, mime: task.videoMime ?? "video/mp4" });
      }
      return clips;
    },
  }));
  return streamTaskZip(sources, { exportedAt: new Date(), exportedBy: viewer.name }, { onClose });
}
