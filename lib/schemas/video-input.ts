// POST /api/video's body, shared by the route and the "Animate image" form.
import { z } from "zod";

import { imageDataUrl, MAX_PROMPT_LENGTH, submitBodyFields } from "./task-input";
import { text } from "./text";

/** What /submit/video offers (mj-api.md 4.11): motion, clips per job and the two resolutions. */
export const VIDEO_MOTIONS = ["low", "high"] as const;
export const VIDEO_BATCH_SIZES = [1, 2, 4] as const;
export const VIDEO_RESOLUTIONS = ["480p", "720p"] as const;
export type VideoMotion = (typeof VIDEO_MOTIONS)[number];
export type VideoResolution = (typeof VIDEO_RESOLUTIONS)[number];

/**
 * POST /api/video — "Animate image": a start frame (and optionally an end frame) into 1, 2 or 4 short clips. The
 * prompt is optional here; the server always sends one (the upstream requires it, see lib/server/tasks/video.ts).
 */
export const CreateVideoInput = z.object({
  prompt: text("prompt", { multiline: true })
    .trim()
    .max(MAX_PROMPT_LENGTH, `prompt must be at most ${MAX_PROMPT_LENGTH} characters`)
    .default(""),
  startFrame: imageDataUrl("startFrame"),
  endFrame: imageDataUrl("endFrame").optional(),
  loop: z.boolean({ error: "loop must be true or false" }).default(false),
  motion: z.enum(VIDEO_MOTIONS, { error: "motion must be low or high" }).default("low"),
  batchSize: z
    .union([z.literal(1), z.literal(2), z.literal(4)], { error: "batchSize must be 1, 2 or 4" })
    .default(4),
  resolution: z.enum(VIDEO_RESOLUTIONS, { error: "resolution must be 480p or 720p" }).default("480p"),
  ...submitBodyFields,
});
export type CreateVideoInput = z.input<typeof CreateVideoInput>;
