// Stored references (images kept on the server for use in prompts) and the input images of a task, shared by
// the routes and the browser.
import { z } from "zod";

/** What a reference does in an imagine: image prompt (base64Array), --sref, --cref or --oref. */
export const REFERENCE_ROLES = ["image", "style", "character", "omni"] as const;
export const ReferenceRole = z.enum(REFERENCE_ROLES, {
  error: "role must be image, style, character or omni",
});
export type ReferenceRole = z.infer<typeof ReferenceRole>;

/** Roles that Midjourney reads from a URL in the prompt, so the image needs a URL it can fetch. */
export const URL_ROLES: ReadonlySet<ReferenceRole> = new Set(["style", "character", "omni"]);

/** Every role an input image of a task can have: a reference's, or a blend / describe / face-swap image. */
export const INPUT_ROLES = [
  ...REFERENCE_ROLES,
  "blend",
  "describe",
  "face",
  "target",
  // The editor: the image edited or retextured, and the area an edit changed (white) over it.
  "source",
  "mask",
  // Animate image: the start frame and the optional end frame.
  "start",
  "end",
] as const;
export type InputRole = (typeof INPUT_ROLES)[number];

/** Each role's weight parameter and its range (lib/params/models.ts; --iw for image prompts). */
export const ROLE_WEIGHTS: Record<
  ReferenceRole,
  { param: string; min: number; max: number; step: number; fallback: number }
> = {
  image: { param: "iw", min: 0, max: 3, step: 0.25, fallback: 1 },
  style: { param: "sw", min: 0, max: 1000, step: 10, fallback: 100 },
  character: { param: "cw", min: 0, max: 100, step: 5, fallback: 100 },
  omni: { param: "ow", min: 1, max: 1000, step: 10, fallback: 100 },
};

export const MAX_IMAGINE_REFERENCES = 10;

const referenceId = z
  .string({ error: "referenceId must be a string" })
  .regex(/^[A-Za-z0-9_-]{1,64}$/, "referenceId is not a reference id");

/** One stored reference in an imagine, with its role and (optional) weight; the weight is checked per role. */
export const ImagineReference = z
  .object({ referenceId, role: ReferenceRole, weight: z.number().finite().optional() })
  .superRefine((value, ctx) => {
    if (value.weight === undefined) return;
    const range = ROLE_WEIGHTS[value.role];
    if (value.weight < range.min || value.weight > range.max) {
      ctx.addIssue({
        code: "custom",
        path: ["weight"],
        message: `--${range.param} must be between ${range.min} and ${range.max}`,
      });
    }
  });
export type ImagineReference = z.infer<typeof ImagineReference>;

/** POST /api/references: an uploaded image (data URL) or a gallery task's image, optionally one grid cell. */
export const CreateReferenceInput = z.union(
  [
    z.strictObject({ image: z.string().min(1, "image is required") }),
    z.strictObject({
      taskId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "taskId is not a task id"),
      cell: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]).optional(),
    }),
  ],
  { error: "send { image: <data URL> } or { taskId, cell? }" },
);
export type CreateReferenceInput = z.infer<typeof CreateReferenceInput>;

export const ReferenceDto = z.object({
  id: z.string(),
  /** Our guarded route for the bytes. */
  url: z.string(),
  width: z.number(),
  height: z.number(),
  sourceTaskId: z.string().nullable(),
  sourceCell: z.number().nullable(),
});
export type ReferenceDto = z.infer<typeof ReferenceDto>;

/** GET /api/references/capabilities: how style/character/omni references can reach Midjourney right now. */
export const ReferenceCapabilities = z.object({
  /** upload: the upstream's upload-discord-images; public: our STUDIO_PUBLIC_URL; none: image prompts only. */
  urlRoles: z.enum(["upload", "public", "none"]),
});
export type ReferenceCapabilities = z.infer<typeof ReferenceCapabilities>;

export const TaskInputDto = z.object({
  position: z.number(),
  role: z.enum(INPUT_ROLES),
  weight: z.number().nullable(),
  reference: ReferenceDto,
});
export type TaskInputDto = z.infer<typeof TaskInputDto>;
