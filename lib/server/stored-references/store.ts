import "server-only";

import { createHash, randomBytes } from "node:crypto";
import sharp from "sharp";

import { env } from "@/env.mjs";
import { AppError } from "@/lib/errors";
import type { Reference } from "@/lib/generated/prisma/client";
import type { ReferenceDto } from "@/lib/schemas/reference";
import type { Viewer } from "@/lib/server/auth/viewer";
import { db } from "@/lib/server/db";
import { cropGridCell } from "@/lib/server/grid-crop";
import { referencesKeptByPresets } from "@/lib/server/presets";
import { validateImage } from "@/lib/server/references";
import { getImageStorage } from "@/lib/server/storage";
import { canSeeTask } from "@/lib/server/tasks/access";

// References are server objects: an image stored once (local disk or the bucket, like task images) that any
// member's prompt may point at by id. They are team-visible like tasks (a teammate's Reuse brings them back);
// only their owner or an admin may delete one, and never while a task lists it among its inputs.

const EXT: Record<string, string> = {
  "image/png": "png",
  "image/jpeg": "jpg",
  "image/webp": "webp",
  "image/gif": "gif",
};

export function newReferenceId(): string {
  return `r${Date.now().toString(36)}${randomBytes(6).toString("hex")}`;
}

export function toReferenceDto(ref: Reference): ReferenceDto {
  return {
    id: ref.id,
    url: `/api/references/${ref.id}/image`,
    width: ref.width,
    height: ref.height,
    sourceTaskId: ref.sourceTaskId,
    sourceCell: ref.sourceCell,
  };
}

interface Image {
  bytes: Buffer;
  mime: string;
  width: number;
  height: number;
}

/**
 * Keeps an image as a reference of `ownerId`. The same member storing the same bytes again gets the reference
 * they already have, so a reference re-added (or an input image re-sent) costs no storage.
 */
export async function storeReference(
  image: Image,
  ownerId: string,
  source: { taskId: string; cell: number | null } | null = null,
): Promise<Reference> {
  const hash = createHash("sha256").update(image.bytes).digest("hex");
  const existing = await db.reference.findFirst({ where: { ownerId, hash } });
  if (existing) return existing;
  const id = newReferenceId();
  const imagePath = `references/${id}.${EXT[image.mime] ?? "bin"}`;
  await getImageStorage().put(imagePath, image.bytes, image.mime);
  if (ownerId) await pruneUnusedReferences(ownerId);
  return db.reference.create({
    data: {
      id,
      ownerId,
      imagePath,
      imageMime: image.mime,
      imageBytes: image.bytes.length,
      width: image.width,
      height: image.height,
      hash,
      sourceTaskId: source?.taskId ?? null,
      sourceCell: source?.cell ?? null,
    },
  });
}

/**
 * How many references a member keeps that no task used yet (their tray, and images they tried and removed).
 * Without a bound, uploads alone could fill the disk or the bucket; references that are inputs of tasks are
 * history and never count or go.
 */
export const MAX_UNUSED_REFERENCES_PER_MEMBER = 200;

/**
 * Makes room for one more: the member's oldest unused references beyond the bound are deleted, rows first
 * (only while still unused, so a submit taking one at this moment keeps it), then their bytes.
 */
async function pruneUnusedReferences(ownerId: string): Promise<void> {
  const stale = await db.reference.findMany({
    where: { ownerId, inputs: { none: {} } },
    orderBy: { createdAt: "desc" },
    skip: MAX_UNUSED_REFERENCES_PER_MEMBER - 1,
    select: { id: true, imagePath: true },
  });
  // A preset keeps its references until it is deleted (bounded: presets per member × references per preset).
  const kept = await referencesKeptByPresets(stale.map((r) => r.id));
  for (const ref of stale) {
    if (kept.has(ref.id)) continue;
    const { count } = await db.reference.deleteMany({ where: { id: ref.id, inputs: { none: {} } } });
    if (count > 0) await getImageStorage().remove(ref.imagePath);
  }
}

/** An uploaded image (data URL), checked like every reference: real image, accepted type, within the limit. */
export async function createReferenceFromUpload(dataUrl: string, viewer: Viewer): Promise<Reference> {
  const image = await validateImage(dataUrl, "The image");
  return storeReference(image, viewer.id);
}

/**
 * Makes an image fit the reference limit (a gallery original can be several MB; the proxies' uploads and
 * base64Array take what MAX_REFERENCE_BYTES allows): as it is when it fits, else JPEG, smaller until it fits.
 */
async function fitReferenceLimit(bytes: Buffer, mime: string): Promise<Image> {
  const meta = await sharp(bytes).metadata();
  if (bytes.length <= env.MAX_REFERENCE_BYTES) {
    return { bytes, mime, width: meta.width ?? 0, height: meta.height ?? 0 };
  }
  for (const edge of [2048, 1536, 1024, 768, 512]) {
    const { data, info } = await sharp(bytes)
      .resize({ width: edge, height: edge, fit: "inside", withoutEnlargement: true })
      .jpeg({ quality: 88 })
      .toBuffer({ resolveWithObject: true });
    if (data.length <= env.MAX_REFERENCE_BYTES) {
      return { bytes: data, mime: "image/jpeg", width: info.width, height: info.height };
    }
  }
  throw new AppError("payload_too_large", "The image does not fit the reference size limit.");
}

/** A gallery task's final image, or one cell of its grid, as a reference of the viewer. */
export async function createReferenceFromTask(
  input: { taskId: string; cell?: 1 | 2 | 3 | 4 },
  viewer: Viewer,
): Promise<Reference> {
  const task = await db.task.findUnique({
    where: { id: input.taskId },
    select: { id: true, deletedAt: true, imagePath: true, imageMime: true },
  });
  if (!task || !canSeeTask(task, viewer))
    throw new AppError("not_found", `No task with id "${input.taskId}".`);
  if (!task.imagePath)
    throw new AppError("conflict", "This task has no finished image to use as a reference.");
  const stored = await getImageStorage().get(task.imagePath);
  if (!stored) throw new AppError("not_found", "This task's image is missing from storage.");
  const bytes = input.cell ? await cropGridCell(stored, input.cell) : stored;
  const mime = input.cell ? "image/png" : (task.imageMime ?? "image/png");
  const image = await fitReferenceLimit(bytes, mime);
  return storeReference(image, viewer.id, { taskId: task.id, cell: input.cell ?? null });
}

/** References by id for a submit, in the order asked; an unknown id is a 404 naming it. */
export async function loadReferences(ids: readonly string[]): Promise<Map<string, Reference>> {
  const rows = await db.reference.findMany({ where: { id: { in: [...new Set(ids)] } } });
  const byId = new Map(rows.map((r) => [r.id, r]));
  for (const id of ids) {
    if (!byId.has(id)) throw new AppError("not_found", `No reference with id "${id}"; add the image again.`);
  }
  return byId;
}

/** The stored bytes of a reference. Any signed-in member may read one (team-visible, like task images). */
export async function referenceImage(id: string): Promise<{ bytes: Buffer; mime: string }> {
  const ref = await db.reference.findUnique({ where: { id } });
  const bytes = ref ? await getImageStorage().get(ref.imagePath) : null;
  if (!ref || !bytes) throw new AppError("not_found", `No reference with id "${id}".`);
  return { bytes, mime: ref.imageMime };
}

export async function referenceDataUrl(ref: Reference): Promise<string> {
  const { bytes, mime } = await referenceImage(ref.id);
  return `data:${mime};base64,${bytes.toString("base64")}`;
}

/** Deletes a reference of one's own (an admin: anyone's) that no task uses; the tasks' inputs must stay whole. */
export async function deleteReference(id: string, viewer: Viewer): Promise<void> {
  const ref = await db.reference.findUnique({
    where: { id },
    include: { _count: { select: { inputs: true } } },
  });
  if (!ref) throw new AppError("not_found", `No reference with id "${id}".`);
  if (ref.ownerId !== viewer.id && viewer.role !== "admin") {
    throw new AppError("forbidden", "Only the member who added this reference (or an admin) can delete it.");
  }
  if (ref._count.inputs > 0) {
    throw new AppError(
      "conflict",
      `This image is an input of ${ref._count.inputs} task(s) and stays with them.`,
    );
  }
  await db.reference.delete({ where: { id } });
  await getImageStorage().remove(ref.imagePath);
}
