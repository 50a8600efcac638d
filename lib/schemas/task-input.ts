// Request bodies of our API, shared by route handlers and the browser forms.
import { z } from "zod";

import { ImagineReference, MAX_IMAGINE_REFERENCES } from "./reference";
import { BotType, SpeedMode } from "./task";
import { text } from "./text";

export const MAX_PROMPT_LENGTH = 4000;
export const MAX_REFERENCES = 5;
export const ACCEPTED_IMAGE_TYPES = ["image/png", "image/jpeg", "image/webp", "image/gif"] as const;

const idempotencyKey = text("idempotencyKey")
  .trim()
  .min(8, "idempotencyKey must be at least 8 characters")
  .max(128, "idempotencyKey must be at most 128 characters")
  .regex(/^[A-Za-z0-9_\-:.]+$/, "idempotencyKey may only contain letters, digits, _ - : .");

/** Prompts keep line breaks and tabs (pasted prompts have them); other control characters are refused. */
const prompt = text("prompt", { multiline: true })
  .trim()
  .min(1, "prompt must not be empty")
  .max(MAX_PROMPT_LENGTH, `prompt must be at most ${MAX_PROMPT_LENGTH} characters`);

/**
 * Per-submit options passed through to the upstream: the speed mode (sent as the "/mj-<mode>" path prefix,
 * default from MJ_MODE) and the proxy's opaque `state` (echoed back on the task; default: our task id).
 */
const submitExtras = {
  mode: SpeedMode.optional(),
  state: text("state").max(255, "state must be at most 255 characters").optional(),
};

export const CreateImagineInput = z.object({
  prompt,
  botType: BotType.default("MID_JOURNEY"),
  /** Reference images as data URLs (data:image/png;base64,...). Checked for type and size on the server. */
  references: z
    .array(z.string({ error: "each reference must be a data URL string" }), {
      error: "references must be a list of data URLs",
    })
    .max(MAX_REFERENCES, `at most ${MAX_REFERENCES} reference images`)
    .default([]),
  /** Stored references (POST /api/references) by id, each with its role and weight. */
  referenceInputs: z
    .array(ImagineReference, { error: "referenceInputs must be a list of { referenceId, role, weight? }" })
    .max(MAX_IMAGINE_REFERENCES, `at most ${MAX_IMAGINE_REFERENCES} stored references`)
    .default([]),
  idempotencyKey,
  ...submitExtras,
});
export type CreateImagineInput = z.input<typeof CreateImagineInput>;

/** One image as a data URL; type, size and readability are checked on the server. */
const imageDataUrl = (field: string) =>
  z.string({ error: `${field} must be a data URL string` }).min(1, `${field} is required`);

/** What a Midjourney dialog takes: an edited prompt (else the pre-filled one) and, for Vary (Region), the mask. */
export const DialogAnswer = z.object({
  prompt: text("prompt", { multiline: true })
    .trim()
    .min(1, "prompt must not be empty (leave it out to keep the pre-filled prompt)")
    .max(MAX_PROMPT_LENGTH, `prompt must be at most ${MAX_PROMPT_LENGTH} characters`)
    .optional(),
  mask: imageDataUrl("mask").optional(),
});
export type DialogAnswer = z.input<typeof DialogAnswer>;

export const PressButtonInput = z.object({
  customId: text("customId")
    .trim()
    .min(1, "customId is required")
    .max(512, "customId must be at most 512 characters"),
  idempotencyKey,
  /**
   * The answer to the dialog this button opens (Custom Zoom, Vary (Region), remix…), sent with the press so the
   * upstream is asked only once the user has confirmed: the press and the confirmation go out together.
   * Without it a dialog button leaves a task waiting for input (status "modal"), confirmed via /modal.
   */
  dialog: DialogAnswer.optional(),
});
export type PressButtonInput = z.input<typeof PressButtonInput>;

export const MIN_BLEND_IMAGES = 2;
export const MAX_BLEND_IMAGES = 5;
export const BlendDimensions = z.enum(["PORTRAIT", "SQUARE", "LANDSCAPE"], {
  error: "dimensions must be PORTRAIT (2:3), SQUARE (1:1) or LANDSCAPE (3:2)",
});
export type BlendDimensions = z.infer<typeof BlendDimensions>;

/** POST /api/describe — an image to four prompts. */
export const CreateDescribeInput = z.object({
  image: imageDataUrl("image"),
  botType: BotType.default("MID_JOURNEY"),
  idempotencyKey,
  ...submitExtras,
});
export type CreateDescribeInput = z.input<typeof CreateDescribeInput>;

/** POST /api/blend — 2–5 images into one grid. */
export const CreateBlendInput = z.object({
  images: z
    .array(imageDataUrl("each image"), { error: "images must be a list of data URLs" })
    .min(MIN_BLEND_IMAGES, `blend needs at least ${MIN_BLEND_IMAGES} images`)
    .max(MAX_BLEND_IMAGES, `blend takes at most ${MAX_BLEND_IMAGES} images`),
  dimensions: BlendDimensions.default("SQUARE"),
  botType: BotType.default("MID_JOURNEY"),
  idempotencyKey,
  ...submitExtras,
});
export type CreateBlendInput = z.input<typeof CreateBlendInput>;

/** POST /api/shorten — prompt analysis into five shorter prompts. */
export const CreateShortenInput = z.object({
  prompt,
  botType: BotType.default("MID_JOURNEY"),
  idempotencyKey,
  ...submitExtras,
});
export type CreateShortenInput = z.input<typeof CreateShortenInput>;

/** POST /api/swap-face — the face of `face` onto the person in `target`. */
export const CreateSwapFaceInput = z.object({
  face: imageDataUrl("face"),
  target: imageDataUrl("target"),
  idempotencyKey,
  ...submitExtras,
});
export type CreateSwapFaceInput = z.input<typeof CreateSwapFaceInput>;

/** The fields every create request shares, for request schemas kept in their own files (lib/schemas/editor.ts). */
export const createFields = { prompt, idempotencyKey, ...submitExtras, imageDataUrl };

/**
 * POST /api/tasks/:id/modal — confirms a task waiting in Midjourney's dialog. `prompt` replaces the pre-filled
 * one (Custom Zoom needs `--zoom 1..2` in it); `mask` is Vary (Region)'s PNG: white = repaint, black = keep.
 */
export const SubmitModalInput = DialogAnswer.extend({ idempotencyKey });
export type SubmitModalInput = z.input<typeof SubmitModalInput>;

// ---- GET /api/tasks: the gallery's list query (query-string input, so every value arrives as text) ----------

export const MAX_PAGE_SIZE = 100;
export const MAX_SEARCH_LENGTH = 200;
const MAX_TYPES = 20;

/** `?x=` (empty, as HTML forms send unused fields) means "not given". */
function optionalParam<T extends z.ZodType>(schema: T) {
  return z
    .preprocess(
      (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
      schema.optional(),
    )
    .optional();
}

const flag = (field: string) =>
  optionalParam(
    z
      .enum(["1", "true", "0", "false"], {
        error: `${field} must be 1 or true (or 0 / false to turn it off)`,
      })
      .transform((value) => value === "1" || value === "true"),
  );

const id = (field: string) =>
  optionalParam(
    z
      .string({ error: `${field} must be an id` })
      .trim()
      .max(128, `${field} must be at most 128 characters`),
  );

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar day (YYYY-MM-DD, read as a UTC day); kept as text, the list query turns it into a range. */
const day = (field: "from" | "to") =>
  optionalParam(
    z
      .string({ error: `${field} must be a date as YYYY-MM-DD` })
      .trim()
      .refine((text) => DAY_PATTERN.test(text), `${field} must be a date as YYYY-MM-DD, e.g. 2026-11-28`)
      .refine((text) => {
        const date = new Date(`${text}T00:00:00Z`);
        return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
      }, `${field} is not a real calendar date (check the month and day)`),
  );

const ACTION_PATTERN = /^[A-Z][A-Z0-9_]{0,39}$/;

/** `type=IMAGINE,UPSCALE`: task actions, comma-separated; `type=A&type=B` arrives as a list and works too. */
const actionList = optionalParam(
  z
    .union([z.string(), z.array(z.string())], {
      error: "type must be task actions separated by commas, e.g. IMAGINE,UPSCALE",
    })
    .transform((value, ctx) => {
      const actions = [
        ...new Set((Array.isArray(value) ? value.join(",") : value).split(",").map((a) => a.trim())),
      ].filter(Boolean);
      const bad = actions.find((action) => !ACTION_PATTERN.test(action));
      if (bad !== undefined) {
        ctx.addIssue({
          code: "custom",
          message: `type must be task actions in capitals separated by commas, e.g. IMAGINE,UPSCALE ("${bad.slice(0, 40)}" is not one)`,
        });
        return z.NEVER;
      }
      if (actions.length > MAX_TYPES) {
        ctx.addIssue({ code: "custom", message: `type lists at most ${MAX_TYPES} actions` });
        return z.NEVER;
      }
      return actions;
    }),
);

export const ListTasksQuery = z
  .object({
    /** "mine" = only the viewer's own tasks. */
    scope: optionalParam(z.enum(["all", "mine"], { error: 'scope must be "all" or "mine"' })).transform(
      (value) => value ?? "all",
    ),
    /** Only tasks by this member (a user id). */
    member: id("member"),
    /** "failed" includes cancelled tasks. */
    status: optionalParam(
      z.enum(["active", "succeeded", "failed"], {
        error: 'status must be "active", "succeeded" or "failed"',
      }),
    ),
    type: actionList,
    from: day("from"),
    to: day("to"),
    /** Only tasks the viewer has starred. */
    favorites: flag("favorites"),
    collection: id("collection"),
    q: z
      .string({ error: "q must be text" })
      .trim()
      .max(MAX_SEARCH_LENGTH, `q (the search text) must be at most ${MAX_SEARCH_LENGTH} characters`)
      .optional(),
    /** Only soft-deleted tasks (the trash). Admin-only: the route checks the role. */
    trash: flag("trash"),
    cursor: optionalParam(
      z
        .string({ error: "cursor must be text" })
        .regex(
          /^\d{1,15}\.[A-Za-z0-9_-]{1,64}$/,
          "cursor is not a cursor this API returned (use nextCursor as given)",
        ),
    ),
    limit: optionalParam(
      z.coerce
        .number({ error: `limit must be a whole number from 1 to ${MAX_PAGE_SIZE}` })
        .int(`limit must be a whole number from 1 to ${MAX_PAGE_SIZE}`)
        .min(1, `limit must be a whole number from 1 to ${MAX_PAGE_SIZE}`)
        .max(MAX_PAGE_SIZE, `limit must be a whole number from 1 to ${MAX_PAGE_SIZE}`),
    ).transform((value) => value ?? 24),
  })
  .superRefine((query, ctx) => {
    // Same-length YYYY-MM-DD strings compare like the dates they spell.
    if (query.from && query.to && query.to < query.from) {
      ctx.addIssue({
        code: "custom",
        path: ["to"],
        message: `to (${query.to}) is before from (${query.from}); to must be the same day as from or later`,
      });
    }
  });
export type ListTasksQuery = z.infer<typeof ListTasksQuery>;

/** The fields every submit body shares, for request schemas kept in their own files (video-input.ts). */
export const submitBodyFields = { idempotencyKey, ...submitExtras };
export { imageDataUrl };
