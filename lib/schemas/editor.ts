// Request bodies of the editor (POST /api/edit, /api/retexture) and the capability answer, shared by the route
// handlers and the browser forms.
import { z } from "zod";

import { createFields } from "./task-input";

const { prompt, idempotencyKey, mode, state, imageDataUrl } = createFields;

const referenceId = z
  .string({ error: "referenceId must be text" })
  .trim()
  .min(1, "referenceId must not be empty")
  .max(64, "referenceId must be at most 64 characters")
  .regex(/^[A-Za-z0-9_-]+$/, "referenceId is not a reference id");

/** The image to work on: an upload (data URL) or a stored reference (POST /api/references: upload or gallery). */
const source = {
  image: imageDataUrl("image").optional(),
  referenceId: referenceId.optional(),
};

const oneSource = (input: { image?: string; referenceId?: string }) =>
  (input.image === undefined) !== (input.referenceId === undefined);
const ONE_SOURCE = { message: "send exactly one of image (a data URL) or referenceId", path: ["image"] };

/** POST /api/retexture — new surfaces and style for an image, its composition kept. */
export const CreateRetextureInput = z
  .object({ prompt, ...source, idempotencyKey, mode, state })
  .refine(oneSource, ONE_SOURCE);
export type CreateRetextureInput = z.input<typeof CreateRetextureInput>;

/**
 * POST /api/edit — regenerate the painted area of an image from the prompt. `mask` is a PNG data URL: white =
 * change, black = keep (the Vary (Region) editor's export); the server cuts that area out of the image.
 */
export const CreateEditInput = z
  .object({ prompt, ...source, mask: imageDataUrl("mask"), idempotencyKey, mode, state })
  .refine(oneSource, ONE_SOURCE);
export type CreateEditInput = z.input<typeof CreateEditInput>;

/** GET /api/editor/capabilities — what the studio has learnt about the upstream's editor endpoints. */
export const EditorAvailability = z.enum(["unknown", "present", "absent"]);
export const EditorCapabilities = z.object({ edit: EditorAvailability, retexture: EditorAvailability });
export type EditorCapabilities = z.infer<typeof EditorCapabilities>;
