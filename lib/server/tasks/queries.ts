import "server-only";

import { AppError } from "@/lib/errors";
import type { TaskInputDto } from "@/lib/schemas/reference";
import type { TaskChangesDto, TaskDetailDto, TaskDto } from "@/lib/schemas/task";
import type { Viewer } from "@/lib/server/auth/viewer";
import { db } from "@/lib/server/db";
import { toReferenceDto } from "@/lib/server/stored-references/store";

import { canSeeTask, favoriteIdsOf } from "./access";
import { type TaskRow, toTaskDto, toTaskLinkDto, withAuthor } from "./dto";
import { usedButtonsOf } from "./used-buttons";

export const ACTIVE_STATUSES = ["submitting", "checking", "queued", "submitted", "running", "modal"] as const;

export async function getTaskDetail(id: string, viewer: Viewer): Promise<TaskDetailDto> {
  const task = await db.task.findUnique({
    where: { id },
    include: {
      ...withAuthor,
      parent: { include: withAuthor },
      children: { where: { deletedAt: null }, include: withAuthor, orderBy: { createdAt: "asc" } },
      inputs: { include: { reference: true }, orderBy: { position: "asc" } },
    },
  });
  // A deleted task is gone for members; admins still open it (from the trash).
  if (!task || !canSeeTask(task, viewer)) throw new AppError("not_found", `No task with id "${id}".`);
  // The same goes for a trashed parent: its link would show its thumbnail, author and button.
  const parent = task.parent && canSeeTask(task.parent, viewer) ? task.parent : null;
  return {
    ...toTaskDto(task, { favoriteIds: await favoriteIdsOf(viewer.id, [task.id]) }),
    parent: parent ? toTaskLinkDto(parent) : null,
    children: task.children.map(toTaskLinkDto),
    inputs: task.inputs.map((input) => ({
      position: input.position,
      role: input.role as TaskInputDto["role"],
      weight: input.weight,
      reference: toReferenceDto(input.reference),
    })),
  };
}

// Writes are stamped in JS before they commit, so a poll can miss a row stamped just before it read.
// Re-reading a short window behind the cursor closes that gap; browsers merge by id, so repeats are harmless.
const CHANGE_OVERLAP_MS = 2_000;
const MAX_CHANGES = 200;

/** Rows → DTOs for this viewer (their stars). */
async function toViewerDtos(rows: TaskRow[], viewer: Viewer): Promise<TaskDto[]> {
  const ids = rows.map((row) => row.id);
  const [favoriteIds, usedButtons] = await Promise.all([favoriteIdsOf(viewer.id, ids), usedButtonsOf(ids)]);
  return rows.map((row) => toTaskDto(row, { favoriteIds, usedButtons }));
}

/**
 * Where a freshly rendered page's changes poll starts: a little before now, because the page's data is read
 * in parallel with the layout that asks for this and may be older than this moment. Rows seen twice merge
 * harmlessly; a change missed here would leave the page showing an old state until a reload.
 */
const FIRST_POLL_LOOKBACK_MS = 30_000;

export function pageChangesCursor(): string {
  return String(Date.now() - FIRST_POLL_LOOKBACK_MS);
}

/**
 * What changed since the cursor, for every open gallery of the team: new tasks and progress as DTOs, and
 * deletions as bare ids in `removed` so open galleries drop the card live. A trashed task's content is not
 * the gallery's any more, not even for admins (the trash page has its own list).
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
    return { items: await toViewerDtos(active, viewer), removed: [], cursor: String(now) };
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
  const live = rows.filter((row) => row.deletedAt === null);
  const removed = rows.filter((row) => row.deletedAt !== null).map((row) => row.id);
  return { items: await toViewerDtos(live, viewer), removed, cursor: String(cursor) };
}
