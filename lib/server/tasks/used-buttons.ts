import "server-only";

import { db } from "@/lib/server/db";

/** A press that failed or was cancelled can be tried again, so it does not mark its button as used. */
const NOT_USED_STATUSES = ["failed", "cancelled"];

/**
 * Which buttons (customIds) were pressed on each of these tasks, from their children: the gallery marks U1–U4 /
 * V1–V4 that already made an upscale or variation, as Midjourney does. One indexed query (Task.parentId) per
 * page; trashed children do not count, as they do not show in the gallery either.
 */
export async function usedButtonsOf(taskIds: readonly string[]): Promise<Map<string, string[]>> {
  const used = new Map<string, string[]>();
  if (taskIds.length === 0) return used;
  const children = await db.task.findMany({
    where: {
      parentId: { in: [...taskIds] },
      deletedAt: null,
      customId: { not: null },
      status: { notIn: NOT_USED_STATUSES },
    },
    select: { parentId: true, customId: true },
  });
  for (const { parentId, customId } of children) {
    if (!parentId || !customId) continue;
    const list = used.get(parentId) ?? [];
    if (!list.includes(customId)) list.push(customId);
    used.set(parentId, list);
  }
  return used;
}
