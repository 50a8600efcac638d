import "server-only";

import { randomBytes } from "node:crypto";

import { AppError } from "@/lib/errors";
import type { Preset, PresetReference, Reference } from "@/lib/generated/prisma/client";
import { clipDisplayName } from "@/lib/schemas/display-name";
import { ReferenceRole } from "@/lib/schemas/reference";
import { BotType } from "@/lib/schemas/task";
import {
  type CreatePresetInput,
  MAX_PRESETS_PER_MEMBER,
  PresetDto,
  PresetKind,
  PresetSpeed,
  type UpdatePresetInput,
} from "@/lib/schemas/team-memory";
import { audit } from "@/lib/server/audit";
import type { Viewer } from "@/lib/server/auth/viewer";
import { db } from "@/lib/server/db";
import { withMemberLock } from "@/lib/server/limits";

import { canEditPreset, canSeePreset } from "./presets-access";

// Saved prompts and presets: each member's own, plus what teammates shared. Everyone reads shared ones; only the
// owner (or an admin) renames, shares or deletes one, and an admin touching someone else's leaves an audit entry.

type PresetRow = Preset & { owner: { name: string }; references: PresetReference[] };

function toPresetDto(row: PresetRow, viewer: Viewer, refs: ReadonlyMap<string, Reference>): PresetDto {
  return PresetDto.parse({
    id: row.id,
    kind: PresetKind.catch("preset").parse(row.kind),
    name: row.name,
    prompt: row.prompt,
    botType: BotType.catch("MID_JOURNEY").parse(row.botType),
    speed: PresetSpeed.catch("default").parse(row.speed),
    createMode: "imagine",
    shared: row.shared,
    ownerName: clipDisplayName(row.owner.name),
    mine: row.ownerId === viewer.id,
    canEdit: canEditPreset(row, viewer),
    references: [...row.references]
      .sort((a, b) => a.position - b.position)
      .map((r) => {
        const ref = refs.get(r.referenceId);
        return {
          referenceId: r.referenceId,
          role: ReferenceRole.catch("image").parse(r.role),
          weight: r.weight,
          url: ref ? `/api/references/${ref.id}/image` : null,
          width: ref?.width ?? 0,
          height: ref?.height ?? 0,
        };
      }),
    updatedAt: row.updatedAt.toISOString(),
  });
}

const include = { owner: { select: { name: true } }, references: true } as const;

async function referencesOf(rows: readonly PresetRow[]): Promise<Map<string, Reference>> {
  const ids = [...new Set(rows.flatMap((r) => r.references.map((ref) => ref.referenceId)))];
  if (ids.length === 0) return new Map();
  const found = await db.reference.findMany({ where: { id: { in: ids } } });
  return new Map(found.map((r) => [r.id, r]));
}

/** The viewer's own presets and everything shared with the team, newest first. */
export async function listPresets(viewer: Viewer): Promise<PresetDto[]> {
  const rows = await db.preset.findMany({
    where: { OR: [{ ownerId: viewer.id }, { shared: true }] },
    orderBy: { updatedAt: "desc" },
    include,
    // Own (≤ 200) plus shared: bounded by the per-member limit times the team.
    take: 2000,
  });
  const refs = await referencesOf(rows);
  return rows.map((row) => toPresetDto(row, viewer, refs));
}

export async function createPreset(input: CreatePresetInput, viewer: Viewer): Promise<PresetDto> {
  // Counted and created under the member's lock (across instances too): parallel saves cannot pass the limit.
  return withMemberLock(viewer.id, () => createUnderLock(input, viewer));
}

async function createUnderLock(input: CreatePresetInput, viewer: Viewer): Promise<PresetDto> {
  const owned = await db.preset.count({ where: { ownerId: viewer.id } });
  if (owned >= MAX_PRESETS_PER_MEMBER) {
    throw new AppError(
      "conflict",
      `You keep ${MAX_PRESETS_PER_MEMBER} presets and saved prompts already; delete one to save another.`,
    );
  }
  // Only references that exist may be kept: references are team-visible, so any existing one is the member's
  // to use (lib/server/stored-references/store.ts).
  const ids = [...new Set(input.references.map((r) => r.referenceId))];
  const existing = await db.reference.findMany({ where: { id: { in: ids } }, select: { id: true } });
  const missing = ids.filter((id) => !existing.some((r) => r.id === id));
  if (missing.length > 0) {
    throw new AppError("not_found", `No reference with id "${missing[0]}"; add the image again.`);
  }
  const created = await db.preset.create({
    data: {
      id: `p${Date.now().toString(36)}${randomBytes(6).toString("hex")}`,
      ownerId: viewer.id,
      kind: input.kind,
      name: input.name,
      prompt: input.prompt,
      botType: input.botType,
      speed: input.kind === "prompt" ? "default" : input.speed,
      createMode: input.createMode,
      shared: input.shared,
      references: {
        create: input.references.map((r, position) => ({
          position,
          referenceId: r.referenceId,
          role: r.role,
          weight: r.weight ?? null,
        })),
      },
    },
    include,
  });
  return toPresetDto(created, viewer, await referencesOf([created]));
}

async function presetForChange(id: string, viewer: Viewer): Promise<PresetRow> {
  const row = await db.preset.findUnique({ where: { id }, include });
  // Someone else's private preset does not exist as far as the viewer is concerned (unless an admin).
  if (!row || (!canSeePreset(row, viewer) && viewer.role !== "admin")) {
    throw new AppError("not_found", `No preset with id "${id}".`);
  }
  if (!canEditPreset(row, viewer)) {
    throw new AppError("forbidden", "Only the member who saved this preset (or an admin) can change it.");
  }
  return row;
}

export async function updatePreset(id: string, input: UpdatePresetInput, viewer: Viewer): Promise<PresetDto> {
  const before = await presetForChange(id, viewer);
  const updated = await db.preset.update({ where: { id }, data: input, include });
  if (before.ownerId !== viewer.id) {
    await audit(viewer, "preset.updated", id, { name: before.name, owner: before.owner.name, ...input });
  }
  return toPresetDto(updated, viewer, await referencesOf([updated]));
}

export async function deletePreset(id: string, viewer: Viewer): Promise<void> {
  const before = await presetForChange(id, viewer);
  await db.preset.delete({ where: { id } });
  if (before.ownerId !== viewer.id) {
    await audit(viewer, "preset.deleted", id, { name: before.name, owner: before.owner.name });
  }
}

/** Reference ids some preset keeps: the unused-reference pruning must leave them alone. */
export async function referencesKeptByPresets(ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.presetReference.findMany({
    where: { referenceId: { in: [...ids] } },
    select: { referenceId: true },
  });
  return new Set(rows.map((r) => r.referenceId));
}
