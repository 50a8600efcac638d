import "server-only";

import type { Viewer } from "@/lib/server/auth/viewer";

/**
 * How long the member who deleted a task may take it back ("Undo" on the toast, or a second thought). Later,
 * only an admin restores from the trash, as before: the window keeps the trash an admin's place while making
 * an accidental delete harmless.
 */
export const UNDO_WINDOW_MS = 10 * 60 * 1000;

export interface TrashedRow {
  authorId: string | null;
  deletedAt: Date | null;
  deletedById: string | null;
}

/** Why this viewer may not restore this task, or null when they may. Pure, so who-may-undo-what is unit-tested. */
export function restoreRefusal(
  row: TrashedRow,
  viewer: Pick<Viewer, "id" | "role">,
  now: Date,
): string | null {
  if (!row.deletedAt) return "not in the trash";
  if (viewer.role === "admin") return null;
  if (row.deletedById !== viewer.id) return "only an admin can restore a task someone else deleted";
  if (now.getTime() - row.deletedAt.getTime() > UNDO_WINDOW_MS)
    return "only an admin can restore it now; undo works for 10 minutes after deleting";
  return null;
}
