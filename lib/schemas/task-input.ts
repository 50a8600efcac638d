// Request bodies of our API, shared by route handlers and the browser forms.
import { z } from "zod";

import { BotType } from "./task";

export const MAX_PROMPT_LENGTH = 4000;
export const MAX_REFERENCES = 5;
export const ACCEPTED_IMAGE_TYPES = ["image/png", "image/jpeg", "image/webp", "image/gif"] as const;

const idempotencyKey = z
  .string()
  .trim()
  .min(8, "idempotencyKey must be at least 8 characters")
  .max(128, "idempotencyKey must be at most 128 characters")
  .regex(/^[A-Za-z0-9_\-:.]+$/, "idempotencyKey may only contain letters, digits, _ - : .");

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
});
export type CreateImagineInput = z.input<typeof CreateImagineInput>;

export const PressButtonInput = z.object({
  customId: z.string().trim().min(1, "customId is required").max(512),
  idempotencyKey,
});
export type PressButtonInput = z.input<typeof PressButtonInput>;

export const ListTasksQuery = z.object({
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(24),
  status: z.enum(["active", "succeeded", "failed"]).optional(),
  q: z.string().trim().max(200).optional(),
});
export type ListTasksQuery = z.infer<typeof ListTasksQuery>;
