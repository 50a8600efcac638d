import "server-only";

import { randomBytes } from "node:crypto";

import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CollectionDto } from "@/lib/schemas/organize";
import { audit } from "@/lib/server/audit";
import type { Viewer } from "@/lib/server/auth/viewer";
import { db } from "@/lib/server/db";
import { imageUrls } from "@/lib/server/tasks/dto";

// Collections are team-wide named folders: any member creates, renames, fills them; deleting one (never its
// tasks) is for admins.

const coverSelect = {
  id: true,
  imagePath: true,
  thumbPath: true,
  previewPath: true,
  deletedAt: true,
} as const;

export async function listCollections(): Promise<CollectionDto[]> {
  const collections = await db.collection.findMany({ orderBy: { updatedAt: "desc" } });
  return Promise.all(collections.map(toCollectionDto));
}

async function toCollectionDto(collection: {
  id: string;
  name: string;
  coverTaskId: string | null;
  updatedAt: Date;
}): Promise<CollectionDto> {
  const live = { task: { deletedAt: null } };
  const [count, chosen, newest] = await Promise.all([
    db.collectionItem.count({ where: { collectionId: collection.id, ...live } }),
    collection.coverTaskId
      ? db.task.findUnique({ where: { id: collection.coverTaskId }, select: coverSelect })
      : null,
    db.collectionItem.findFirst({
      where: { collectionId: collection.id, task: { deletedAt: null, thumbPath: { not: null } } },
      orderBy: { addedAt: "desc" },
      select: { task: { select: coverSelect } },
    }),
  ]);
  // The chosen cover unless it was deleted meanwhile; else the newest item with an image.
  const cover = chosen && !chosen.deletedAt ? chosen : (newest?.task ?? null);
  return {
    id: collection.id,
    name: collection.name,
    count,
    cover: cover ? imageUrls(cover).thumb : null,
    coverTaskId: collection.coverTaskId,
    updatedAt: collection.updatedAt.toISOString(),
  };
}

function nameTaken(name: string): AppError {
  return new AppError("conflict", `There is already a collection called "${name}".`);
}

export async function createCollection(name: string, viewer: Viewer): Promise<CollectionDto> {
  try {
    const created = await db.collection.create({
      data: { id: randomBytes(8).toString("hex"), name, createdById: viewer.id },
    });
    return toCollectionDto(created);
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      throw nameTaken(name);
    throw error;
  }
}

export async function updateCollection(
  id: string,
  input: { name?: string; coverTaskId?: string | null },
): Promise<CollectionDto> {
  if (input.coverTaskId) {
    const item = await db.collectionItem.findUnique({
      where: { collectionId_taskId: { collectionId: id, taskId: input.coverTaskId } },
    });
    if (!item)
      throw new AppError("validation_failed", "coverTaskId: the cover must be a task in this collection.");
  }
  try {
    const updated = await db.collection.update({ where: { id }, data: input });
    return toCollectionDto(updated);
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError) {
      if (error.code === "P2025") throw new AppError("not_found", `No collection with id "${id}".`);
      if (error.code === "P2002" && input.name) throw nameTaken(input.name);
    }
    throw error;
  }
}

export async function deleteCollection(id: string, viewer: Viewer): Promise<void> {
  if (viewer.role !== "admin") throw new AppError("forbidden", "Only an admin can delete a collection.");
  const collection = await db.collection.findUnique({ where: { id } });
  if (!collection) throw new AppError("not_found", `No collection with id "${id}".`);
  await db.collection.delete({ where: { id } });
  await audit(viewer, "collection.deleted", id, { name: collection.name });
}
