import "server-only";

import { AppError } from "@/lib/errors";
import type { Viewer } from "@/lib/server/auth/viewer";
import { db } from "@/lib/server/db";

/** Which of these tasks the viewer has starred: one indexed query per page, not per card. */
export async function favoriteIdsOf(viewerId: string, taskIds: readonly string[]): Promise<Set<string>> {
  if (taskIds.length === 0) return new Set();
  const rows = await db.favorite.findMany({
    where: { userId: viewerId, taskId: { in: [...taskIds] } },
    select: { taskId: true },
  });
  return new Set(rows.map((row) => row.taskId));
}

/**
 * Members act on their own tasks (confirm a dialog, cancel, delete); admins on anyone's. Pressing buttons is
 * open to every member — that creates a new task of their own.
 */
export function assertOwnerOrAdmin(task: { authorId: string | null }, viewer: Viewer, what: string): void {
  if (viewer.role === "admin" || task.authorId === viewer.id) return;
  throw new AppError("forbidden", `Only the task's author or an admin can ${what}.`);
}

/**
 * Whether the viewer may see this task at all: a task in the trash is gone for members (answered like an
 * unknown id, so its existence is not confirmed either); admins still see it, for the trash page.
 */
export function canSeeTask(task: { deletedAt: Date | null }, viewer: Pick<Viewer, "role">): boolean {
  return task.deletedAt === null || viewer.role === "admin";
}
