import "server-only";

import { AppError } from "@/lib/errors";
import type { BatchDto } from "@/lib/schemas/batch";
import type { Viewer } from "@/lib/server/auth/viewer";
import { db } from "@/lib/server/db";

import { batchInclude, toBatchDto } from "./dto";

// Reading and cancelling batches. The gallery is shared, so every member may see every batch (as they see every
// task); only its author or an admin may cancel one.

/** How many recent batches the strip lists: the active ones and those that ended in the last day. */
const LIST_LIMIT = 20;
const RECENT_MS = 24 * 60 * 60_000;

export async function listBatches(viewer: Viewer, now = new Date()): Promise<{ items: BatchDto[] }> {
  const rows = await db.batch.findMany({
    where: {
      authorId: viewer.id,
      OR: [{ status: "active" }, { updatedAt: { gte: new Date(now.getTime() - RECENT_MS) } }],
    },
    orderBy: { createdAt: "desc" },
    take: LIST_LIMIT,
    include: batchInclude,
  });
  return { items: rows.map(toBatchDto) };
}

export async function getBatch(id: string): Promise<BatchDto> {
  const row = await db.batch.findUnique({ where: { id }, include: batchInclude });
  if (!row) throw new AppError("not_found", `No batch with id "${id}".`);
  return toBatchDto(row);
}

/**
 * Stops every job not yet sent. A job being sent right now, and those already sent, run on: they may already be
 * paid for, and cancelling a running Midjourney job is a separate choice per task.
 */
export async function cancelBatch(id: string, viewer: Viewer): Promise<BatchDto> {
  const batch = await db.batch.findUnique({ where: { id }, select: { authorId: true, status: true } });
  if (!batch) throw new AppError("not_found", `No batch with id "${id}".`);
  if (batch.authorId !== viewer.id && viewer.role !== "admin") {
    throw new AppError("forbidden", "Only the member who started this batch, or an admin, can cancel it.");
  }
  if (batch.status === "active") {
    const now = new Date();
    await db.$transaction([
      db.batchJob.updateMany({
        where: { batchId: id, status: "pending" },
        data: { status: "cancelled", retryAt: null },
      }),
      db.batch.update({ where: { id }, data: { status: "cancelled", cancelledAt: now } }),
    ]);
  }
  return getBatch(id);
}
