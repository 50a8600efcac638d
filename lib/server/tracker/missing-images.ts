import "server-only";

import { db } from "@/lib/server/db";

import { imageWorkPending, queueFinalImage } from "./image-queue";
import { STORAGE_CHECK_INTERVAL_MS } from "./image-retry";
import { storageAcceptsWrites } from "./images";

const IMAGE_RETRIES_PER_TICK = 3;

const g = globalThis as unknown as { mjStudioStorageCheckedAt?: number };

/**
 * Final images whose download or write failed get another try once their retry time has come (the delay grows
 * up to a few minutes over about an hour, see image-retry.ts). Tasks whose download never ran (a crash right
 * after SUCCESS) are tried too, once they finished `neverTriedGraceMs` ago. Tasks handled in this pass, or whose
 * image is already queued here, are skipped.
 *
 * With several instances the grace matters: the instance that received a task's SUCCESS callback stores its
 * image itself (lib/server/cluster), and this tracker cannot see that instance's queue, so it waits long enough
 * for that download to have finished or failed (a failure is recorded with its retry time) before trying.
 */
export async function retryMissingImages(skip: Set<string>, now: Date, neverTriedGraceMs = 0): Promise<void> {
  await rearmWhenStorageWorksAgain(now);
  const neverTried =
    neverTriedGraceMs > 0
      ? {
          imageError: null,
          imageAttempts: 0,
          finishedAt: { lte: new Date(now.getTime() - neverTriedGraceMs) },
        }
      : { imageError: null, imageAttempts: 0 };
  const due = await db.task.findMany({
    where: {
      status: "succeeded",
      imagePath: null,
      upstreamImageUrl: { not: null },
      OR: [{ imageRetryAt: { lte: now } }, neverTried],
    },
    take: IMAGE_RETRIES_PER_TICK,
    orderBy: { updatedAt: "asc" },
  });
  for (const task of due) {
    if (!skip.has(task.id) && !imageWorkPending(task.id))
      queueFinalImage(task.id, task.upstreamImageUrl as string);
  }
}

const gaveUpOnStorage = {
  status: "succeeded",
  imagePath: null,
  imageError: "storage",
  imageRetryAt: null,
  upstreamImageUrl: { not: null },
} as const;

// After an hour of failed writes a task stops retrying on its own; storage fixed later (a full disk cleared, a
// permission repaired) is noticed by one tiny test write every few minutes, and those tasks start over.
async function rearmWhenStorageWorksAgain(now: Date): Promise<void> {
  if (now.getTime() - (g.mjStudioStorageCheckedAt ?? 0) < STORAGE_CHECK_INTERVAL_MS) return;
  if ((await db.task.count({ where: gaveUpOnStorage })) === 0) return;
  g.mjStudioStorageCheckedAt = now.getTime();
  if (!(await storageAcceptsWrites())) return;
  await db.task.updateMany({ where: gaveUpOnStorage, data: { imageRetryAt: now, imageAttempts: 0 } });
}
