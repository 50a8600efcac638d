import "server-only";

import { AppError } from "@/lib/errors";
import { db } from "@/lib/server/db";
import type { TaskChangesDto, TaskDetailDto, TaskDto } from "@/lib/schemas/task";

import { type TaskRow, toTaskDto, toTaskLinkDto, withAuthor } from "./dto";
import { favoriteIdsOf, type Viewer } from "./viewer";

export const ACTIVE_STATUSES = ["submitting", "queued", "submitted", "running", "modal"] as const;

export async function getTaskDetail(id: string, viewer: Viewer): Promise<TaskDetailDto> {
  const task = await db.task.findUnique({
    where: { id },
    include: {
      ...withAuthor,
      parent: { include: withAuthor },
      children: { where: { deletedAt: null }, include: withAuthor, orderBy: { createdAt: "asc" } },
    },
  });
  // A deleted task is gone for members; admins still open it (from the trash).
  if (!task || (task.deletedAt && viewer.role !== "admin"))
    throw new AppError("not_found", `No task with id "${id}".`);
  return {
    ...toTaskDto(task, { favoriteIds: await favoriteIdsOf(viewer.id, [task.id]) }),
    parent: task.parent ? toTaskLinkDto(task.parent) : null,
    children: task.children.map(toTaskLinkDto),
  };
}

// Writes are stamped in JS before they commit, so a poll can miss a row stamped just before it read.
// Re-reading a short window behind the cursor closes that gap; browsers merge by id, so repeats are harmless.
const CHANGE_OVERLAP_MS = 2_000;
const MAX_CHANGES = 200;

/** Rows → DTOs for this viewer (their stars). */
async function toViewerDtos(rows: TaskRow[], viewer: Viewer): Promise<TaskDto[]> {
  const favoriteIds = await favoriteIdsOf(
    viewer.id,
    rows.map((row) => row.id),
  );
  return rows.map((row) => toTaskDto(row, { favoriteIds }));
}

/**
 * What changed since the cursor, for every open gallery of the team: new tasks, progress, and deletions
 * (sent with `deleted: true` so other members' pages drop the card live).
 */
export async function listTaskChanges(since: string | undefined, viewer: Viewer): Promise<TaskChangesDto> {
  const now = Date.now();
  if (since === undefined) {
    const active = await db.task.findMany({
      where: { status: { in: [...ACTIVE_STATUSES] }, deletedAt: null },
      include: withAuthor,
      orderBy: { updatedAt: "asc" },
      take: MAX_CHANGES,
    });
    return { items: await toViewerDtos(active, viewer), cursor: String(now) };
  }
  if (!/^\d{1,15}$/.test(since))
    throw new AppError("validation_failed", "since must be a cursor this API returned.");
  const from = new Date(Number(since) - CHANGE_OVERLAP_MS);
  const rows = await db.task.findMany({
    where: { updatedAt: { gt: from } },
    include: withAuthor,
    orderBy: { updatedAt: "asc" },
    take: MAX_CHANGES,
  });
  const newest = rows.at(-1)?.updatedAt.getTime();
  // A full batch means more may follow: continue from the last row instead of "now".
  const cursor = rows.length === MAX_CHANGES && newest ? newest : Math.max(Number(since), now);
  return { items: await toViewerDtos(rows, viewer), cursor: String(cursor) };
}
