import "server-only";

import { AppError } from "@/lib/errors";
import type { BulkResultDto, BulkTaskInput } from "@/lib/schemas/organize";
import { isTerminalStatus, TaskStatus } from "@/lib/schemas/task";
import { audit } from "@/lib/server/audit";
import type { Viewer } from "@/lib/server/auth/viewer";
import { db } from "@/lib/server/db";
import { getImageStorage } from "@/lib/server/storage";

import { restoreRefusal } from "./restore-rule";

type Row = {
  id: string;
  authorId: string | null;
  deletedAt: Date | null;
  deletedById: string | null;
  status: string;
};

async function load(ids: readonly string[], viewer: Viewer): Promise<Map<string, Row>> {
  // Someone else's trashed task is unknown to a member ("no such task"); their own stays known, so deleting
  // it twice is still answered "already in the trash".
  const trashed = viewer.role === "admin" ? {} : { OR: [{ deletedAt: null }, { authorId: viewer.id }] };
  const rows = await db.task.findMany({
    where: { id: { in: [...new Set(ids)] }, ...trashed },
    select: { id: true, authorId: true, deletedAt: true, deletedById: true, status: true },
  });
  return new Map(rows.map((row) => [row.id, row]));
}

/** Splits ids into those the rule allows and those skipped, with a reason a person can read. */
function partition(
  ids: readonly string[],
  rows: Map<string, Row>,
  rule: (row: Row) => string | null,
): { ok: Row[]; skipped: BulkResultDto["skipped"] } {
  const ok: Row[] = [];
  const skipped: BulkResultDto["skipped"] = [];
  for (const id of new Set(ids)) {
    const row = rows.get(id);
    const reason = row ? rule(row) : "no such task";
    if (reason || !row) skipped.push({ id, reason: reason ?? "no such task" });
    else ok.push(row);
  }
  return { ok, skipped };
}

const visible = (row: Row) => (row.deletedAt ? "in the trash" : null);

export async function bulkTaskOperation(input: BulkTaskInput, viewer: Viewer): Promise<BulkResultDto> {
  const rows = await load(input.ids, viewer);
  const now = new Date();
  switch (input.op) {
    case "favorite":
    case "unfavorite": {
      const { ok, skipped } = partition(input.ids, rows, visible);
      for (const row of ok) {
        const key = { userId_taskId: { userId: viewer.id, taskId: row.id } };
        if (input.op === "favorite")
          await db.favorite.upsert({ where: key, create: { userId: viewer.id, taskId: row.id }, update: {} });
        else await db.favorite.deleteMany({ where: { userId: viewer.id, taskId: row.id } });
      }
      // Favorites are per person; bumping updatedAt would make everyone's feed carry them, so it is not.
      return { changed: ok.map((r) => r.id), skipped };
    }
    case "delete": {
      // Members delete only their own tasks; admins anyone's. The same rule as the UI shows.
      const { ok, skipped } = partition(input.ids, rows, (row) =>
        row.deletedAt
          ? "already in the trash"
          : viewer.role !== "admin" && row.authorId !== viewer.id
            ? "only its author or an admin can delete it"
            : null,
      );
      const ids = ok.map((r) => r.id);
      // updatedAt moves, so every open gallery learns of the deletion through the live feed.
      await db.task.updateMany({
        where: { id: { in: ids } },
        data: { deletedAt: now, deletedById: viewer.id, updatedAt: now },
      });
      if (viewer.role === "admin" && ok.some((r) => r.authorId !== viewer.id)) {
        await audit(viewer, "task.deleted", ids.join(","), { count: ids.length });
      }
      return { changed: ids, skipped };
    }
    case "restore": {
      // Admins restore anything; a member undoes their own recent delete (restore-rule.ts).
      const { ok, skipped } = partition(input.ids, rows, (row) => restoreRefusal(row, viewer, now));
      const ids = ok.map((r) => r.id);
      await db.task.updateMany({
        where: { id: { in: ids } },
        data: { deletedAt: null, deletedById: null, updatedAt: now },
      });
      // Like deletes, only an admin's restores are admin actions worth a record; an undo of one's own is not.
      if (ids.length && viewer.role === "admin")
        await audit(viewer, "task.restored", ids.join(","), { count: ids.length });
      return { changed: ids, skipped };
    }
    case "purge":
      return purge(input.ids, rows, viewer);
    case "addToCollection":
    case "removeFromCollection": {
      const collection = await db.collection.findUnique({
        where: { id: input.collectionId },
        select: { id: true },
      });
      if (!collection) throw new AppError("not_found", `No collection with id "${input.collectionId}".`);
      const { ok, skipped } = partition(input.ids, rows, visible);
      for (const row of ok) {
        const key = { collectionId_taskId: { collectionId: collection.id, taskId: row.id } };
        if (input.op === "addToCollection")
          await db.collectionItem.upsert({
            where: key,
            create: { collectionId: collection.id, taskId: row.id, addedById: viewer.id },
            update: {},
          });
        else await db.collectionItem.deleteMany({ where: { collectionId: collection.id, taskId: row.id } });
      }
      await db.collection.update({ where: { id: collection.id }, data: { updatedAt: now } });
      return { changed: ok.map((r) => r.id), skipped };
    }
  }
}

function requireAdmin(viewer: Viewer, what: string): void {
  if (viewer.role !== "admin") throw new AppError("forbidden", `Only an admin can ${what}.`);
}

/** Deletes for good: the rows (favorites and collection entries go with them) and the stored images. */
async function purge(ids: readonly string[], rows: Map<string, Row>, viewer: Viewer): Promise<BulkResultDto> {
  requireAdmin(viewer, "empty the trash");
  const { ok, skipped } = partition(ids, rows, (row) =>
    !row.deletedAt
      ? "not in the trash (delete it first)"
      : !isTerminalStatus(TaskStatus.catch("failed").parse(row.status))
        ? "still running; purge it once it has finished"
        : null,
  );
  const purgeIds = ok.map((r) => r.id);
  const files = await db.task.findMany({
    where: { id: { in: purgeIds } },
    select: { imagePath: true, thumbPath: true, previewPath: true },
  });
  await db.task.deleteMany({ where: { id: { in: purgeIds } } });
  const storage = getImageStorage();
  for (const file of files) {
    for (const key of [file.imagePath, file.thumbPath, file.previewPath])
      if (key) await storage.remove(key).catch(() => undefined);
  }
  if (purgeIds.length) await audit(viewer, "task.purged", purgeIds.join(","), { count: purgeIds.length });
  return { changed: purgeIds, skipped };
}
