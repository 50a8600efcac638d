// Request bodies of our API, shared by route handlers and the browser forms.
import { z } from "zod";

import { BotType, SpeedMode } from "./task";

export const MAX_PROMPT_LENGTH = 4000;
export const MAX_REFERENCES = 5;
export const ACCEPTED_IMAGE_TYPES = ["image/png", "image/jpeg", "image/webp", "image/gif"] as const;

const idempotencyKey = z
  .string()
  .trim()
  .min(8, "idempotencyKey must be at least 8 characters")
  .max(128, "idempotencyKey must be at most 128 characters")
  .regex(/^[A-Za-z0-9_\-:.]+$/, "idempotencyKey may only contain letters, digits, _ - : .");

/**
 * Per-submit options passed through to the upstream: the speed mode (sent as the "/mj-<mode>" path prefix,
 * default from MJ_MODE) and the proxy's opaque `state` (echoed back on the task; default: our task id).
 */
const submitExtras = {
  mode: SpeedMode.optional(),
  state: z.string().max(255, "state must be at most 255 characters").optional(),
};

export const CreateImagineInput = z.object({
  prompt: z
    .string({ error: "prompt is required" })
    .trim()
    .min(1, "prompt must not be empty")
    .max(MAX_PROMPT_LENGTH, `prompt must be at most ${MAX_PROMPT_LENGTH} characters`),
  botType: BotType.default("MID_JOURNEY"),
  /** Reference images as data URLs (data:image/png;base64,...). Checked for type and size on the server. */
  references: z
    .array(z.string({ error: "each reference must be a data URL string" }))
    .max(MAX_REFERENCES, `at most ${MAX_REFERENCES} reference images`)
    .default([]),
  idempotencyKey,
  ...submitExtras,
});
export type CreateImagineInput = z.input<typeof CreateImagineInput>;

export const PressButtonInput = z.object({
  customId: z.string().trim().min(1, "customId is required").max(512),
  idempotencyKey,
});
export type PressButtonInput = z.input<typeof PressButtonInput>;

/** One image as a data URL; type, size and readability are checked on the server. */
const imageDataUrl = (field: string) =>
  z.string({ error: `${field} must be a data URL string` }).min(1, `${field} is required`);

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
  prompt: z
    .string({ error: "prompt is required" })
    .trim()
    .min(1, "prompt must not be empty")
    .max(MAX_PROMPT_LENGTH, `prompt must be at most ${MAX_PROMPT_LENGTH} characters`),
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

/**
 * POST /api/tasks/:id/modal — confirms a task waiting in Midjourney's dialog. `prompt` replaces the pre-filled
 * one (Custom Zoom needs `--zoom 1..2` in it); `mask` is Vary (Region)'s PNG: white = repaint, black = keep.
 */
export const SubmitModalInput = z.object({
  prompt: z
    .string({ error: "prompt must be a string" })
    .trim()
    .min(1, "prompt must not be empty (leave it out to keep the pre-filled prompt)")
    .max(MAX_PROMPT_LENGTH, `prompt must be at most ${MAX_PROMPT_LENGTH} characters`)
    .optional(),
  mask: imageDataUrl("mask").optional(),
  idempotencyKey,
});
export type SubmitModalInput = z.input<typeof SubmitModalInput>;

export const ListTasksQuery = z.object({
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(24),
  status: z.enum(["active", "succeeded", "failed"]).optional(),
  q: z.string().trim().max(200).optional(),
});
export type ListTasksQuery = z.infer<typeof ListTasksQuery>;
