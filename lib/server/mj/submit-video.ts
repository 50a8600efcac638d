import "server-only";

import { z } from "zod";

import { MjError } from "./errors";
import { postSubmit, type SubmitOptions, type SubmitOutcome } from "./submit";

// POST /mj/submit/video (mj-api.md 4.11): animate a start frame, or extend a clip of an earlier video task. The
// body is checked here, before it costs: the upstream bills every accepted batch, and a wrong extend index would
// silently extend (and bill) another clip.

export const VIDEO_MOTIONS = ["low", "high"] as const;
export type VideoMotion = (typeof VIDEO_MOTIONS)[number];
/** TRUE's names; 480p is the upstream default, 720p costs more and not every account offers it. */
export const VIDEO_TYPES = ["vid_1.1_i2v_480", "vid_1.1_i2v_720"] as const;
export type VideoType = (typeof VIDEO_TYPES)[number];
export const VIDEO_BATCH_SIZES = [1, 2, 4] as const;
export type VideoBatchSize = (typeof VIDEO_BATCH_SIZES)[number];
/** Extend takes one clip of the parent's batch, counted from 0 (TRUE: `index` 0–3). */
export const MAX_VIDEO_EXTEND_INDEX = 3;

// Same ceilings as the other submits take: prompts far below this upstream, a frame as a data URL well within it.
const MAX_PROMPT_CHARS = 8_000;
const MAX_FRAME_CHARS = 40_000_000;

/** A start or end frame: an http(s) URL the upstream fetches itself, or an image data URL. */
const Frame = z
  .string()
  .trim()
  .max(MAX_FRAME_CHARS)
  .refine((v) => /^https?:\/\/\S+$/i.test(v) || /^data:image\/[a-z0-9.+-]+;base64,/i.test(v), {
    message: "must be an http(s) URL or an image data URL",
  });

const Common = {
  prompt: z.string().trim().min(1, "prompt must not be empty").max(MAX_PROMPT_CHARS),
  motion: z.enum(VIDEO_MOTIONS).default("low"),
  loop: z.boolean().optional(),
  videoType: z.enum(VIDEO_TYPES).optional(),
  batchSize: z.union([z.literal(1), z.literal(2), z.literal(4)]).optional(),
};

export const VideoSubmitInput = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("animate"),
    ...Common,
    image: Frame,
    endImage: Frame.optional(),
  }),
  z.strictObject({
    kind: z.literal("extend"),
    ...Common,
    /** The upstream id of the VIDEO task whose clip is extended. */
    taskId: z
      .string()
      .trim()
      .regex(/^[\x21-\x7e]{1,64}$/, "taskId is not an upstream task id"),
    index: z.number().int().min(0).max(MAX_VIDEO_EXTEND_INDEX),
  }),
]);
export type VideoSubmitInput = z.input<typeof VideoSubmitInput>;

/** The wire body (TRUE's SubmitVideoDTO); optional fields are left out so the upstream's defaults apply. */
export function videoSubmitBody(input: VideoSubmitInput): Record<string, unknown> {
  const parsed = VideoSubmitInput.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join(".") ?? "";
    throw new MjError("validation", {
      description: `${where ? `${where}: ` : ""}${issue?.message ?? "invalid video request"}`,
    });
  }
  const v = parsed.data;
  const body: Record<string, unknown> = { prompt: v.prompt, motion: v.motion };
  if (v.kind === "animate") {
    body.image = v.image;
    if (v.endImage) body.endImage = v.endImage;
  } else {
    Object.assign(body, { action: "extend", taskId: v.taskId, index: v.index });
  }
  if (v.loop !== undefined) body.loop = v.loop;
  if (v.videoType) body.videoType = v.videoType;
  if (v.batchSize) body.batchSize = v.batchSize;
  return body;
}

/**
 * POST /mj/submit/video — a VIDEO task (one to four clips). Sent once, never retried; an upstream with video
 * switched off answers MjError kind "video_disabled".
 */
export async function submitVideo(input: VideoSubmitInput, opts?: SubmitOptions): Promise<SubmitOutcome> {
  return postSubmit("/submit/video", videoSubmitBody(input), opts);
}
