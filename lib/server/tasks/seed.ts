import "server-only";

import { AppError } from "@/lib/errors";
import type { Viewer } from "@/lib/server/auth/viewer";
import { db } from "@/lib/server/db";
import { fetchImageSeed, MjError } from "@/lib/server/mj";

import { canSeeTask } from "./access";

// GET /api/tasks/:id/seed — Midjourney's seed of a finished image. It never changes, so it is asked for once
// and kept on the task (the upstream may take up to a minute to find it out).

export async function getTaskSeed(taskId: string, viewer: Viewer): Promise<{ seed: string }> {
  const task = await db.task.findUnique({ where: { id: taskId } });
  if (!task || !canSeeTask(task, viewer)) throw new AppError("not_found", `No task with id "${taskId}".`);
  if (task.seed) return { seed: task.seed };
  if (task.status !== "succeeded" || !task.upstreamId) {
    throw new AppError(
      "conflict",
      `The seed is known once the task has succeeded; this one is ${task.status}.`,
    );
  }
  let seed: string;
  try {
    seed = await fetchImageSeed(task.upstreamId);
  } catch (error) {
    if (error instanceof MjError && error.kind === "unsupported") {
      throw new AppError(
        "upstream_rejected",
        "This upstream does not provide image seeds (it has no /mj/task/{id}/image-seed endpoint).",
        { upstreamKind: error.kind },
      );
    }
    if (error instanceof MjError && error.kind === "not_found") {
      const detail = error.description ? ` (${error.description})` : "";
      throw new AppError("upstream_rejected", `The upstream could not find this task or its seed${detail}.`, {
        upstreamKind: error.kind,
      });
    }
    throw error;
  }
  await db.task.update({ where: { id: task.id }, data: { seed } });
  return { seed };
}
