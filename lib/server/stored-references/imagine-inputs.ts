import "server-only";

import { AppError } from "@/lib/errors";
import type { Reference } from "@/lib/generated/prisma/client";
import { type ImagineReference, type InputRole, URL_ROLES } from "@/lib/schemas/reference";
import { MAX_REFERENCES } from "@/lib/schemas/task-input";
import type { Viewer } from "@/lib/server/auth/viewer";
import { validateImage } from "@/lib/server/references";

import { buildUpstreamPrompt } from "./prompt";
import { loadReferences, referenceDataUrl, storeReference } from "./store";
import { referenceUrls } from "./upstream-urls";

/** One row of a task's inputs, as written with the task (Prisma nested create). */
export interface TaskInputRow {
  position: number;
  role: InputRole;
  weight: number | null;
  referenceId: string;
}

export interface PreparedImagine {
  /** What the upstream gets: the member's prompt plus the reference URLs and weights. */
  upstreamPrompt: string;
  /** Image prompts, as data URLs. */
  base64Array: string[];
  inputs: TaskInputRow[];
  /** Which references, roles and weights: a reused idempotency key with other references is a 409. */
  fingerprintParts: string[];
}

/**
 * Everything an imagine needs from its references: stored ones by id with their roles and weights, plus
 * images sent inline (the API's `references` data URLs: image prompts, stored too so the task shows them).
 */
export async function prepareImagineReferences(
  input: { prompt: string; references: string[]; referenceInputs: ImagineReference[] },
  viewer: Viewer,
): Promise<PreparedImagine> {
  const byId = await loadReferences(input.referenceInputs.map((r) => r.referenceId));
  const chosen: { ref: Reference; role: ImagineReference["role"]; weight: number | null }[] =
    input.referenceInputs.map((r) => ({
      ref: byId.get(r.referenceId) as Reference,
      role: r.role,
      weight: r.weight ?? null,
    }));
  for (const [index, dataUrl] of input.references.entries()) {
    const image = await validateImage(dataUrl, `Reference ${index + 1}`);
    chosen.push({ ref: await storeReference(image, viewer.id), role: "image", weight: null });
  }
  const imagePrompts = chosen.filter((c) => c.role === "image");
  if (imagePrompts.length > MAX_REFERENCES) {
    throw new AppError("validation_failed", `At most ${MAX_REFERENCES} image prompts per prompt.`);
  }
  if (chosen.filter((c) => c.role === "omni").length > 1) {
    throw new AppError("validation_failed", "--oref takes one image: keep one omni reference.");
  }
  const urlRefs = chosen.filter((c) => URL_ROLES.has(c.role));
  const urls = await referenceUrls(urlRefs.map((c) => c.ref));
  return {
    upstreamPrompt: buildUpstreamPrompt(
      input.prompt,
      chosen.map((c) => ({ role: c.role, weight: c.weight, url: urls.get(c.ref.id) })),
    ),
    base64Array: await Promise.all(imagePrompts.map((c) => referenceDataUrl(c.ref))),
    inputs: chosen.map((c, position) => ({
      position,
      role: c.role,
      weight: c.weight,
      referenceId: c.ref.id,
    })),
    fingerprintParts: chosen.map((c) => `${c.ref.id}:${c.role}:${c.weight ?? ""}`),
  };
}

/**
 * Blend sources, the describe image, face and target (data URLs already validated by the caller): stored so the
 * task can show them, in order.
 */
export async function storeInputImages(
  images: readonly { dataUrl: string; role: InputRole }[],
  viewer: Viewer,
): Promise<TaskInputRow[]> {
  const rows: TaskInputRow[] = [];
  for (const [position, image] of images.entries()) {
    const ref = await storeReference(await validateImage(image.dataUrl, `Image ${position + 1}`), viewer.id);
    rows.push({ position, role: image.role, weight: null, referenceId: ref.id });
  }
  return rows;
}
