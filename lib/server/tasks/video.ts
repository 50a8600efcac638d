import "server-only";

import type { VideoMotion, VideoResolution } from "@/lib/schemas/video-input";
import type { Viewer } from "@/lib/server/auth/viewer";
import { submitVideo, type VideoType } from "@/lib/server/mj";
import { validateImage } from "@/lib/server/references";
import { storeInputImages } from "@/lib/server/stored-references";

import { fingerprint, type SubmitExtras, type SubmitResult, upstreamOptions } from "./claim";
import { submitNewTask } from "./submit-protocol";

// "Animate image" (mj-api.md 4.11): the same idempotent submit as every other create type (submit-protocol.ts:
// claim → one upstream call → record → replay), so a double click or a retried request costs one video job.

export interface CreateVideoRequest extends SubmitExtras {
  prompt: string;
  startFrame: string;
  endFrame?: string | undefined;
  loop: boolean;
  motion: VideoMotion;
  batchSize: 1 | 2 | 4;
  resolution: VideoResolution;
}

/** The upstream's names for the two resolutions (TRUE's `videoType`). */
const VIDEO_TYPES: Record<VideoResolution, VideoType> = {
  "480p": "vid_1.1_i2v_480",
  "720p": "vid_1.1_i2v_720",
};

/**
 * The prompt sent upstream. The form lets a member leave it empty (Midjourney then picks the motion itself), but
 * the proxies require a non-blank prompt for /submit/video (mj-api.md 11.3): an empty one is sent as the motion
 * parameter Midjourney's own video prompts carry, which asks for nothing the other fields do not already say.
 */
export function upstreamVideoPrompt(prompt: string, motion: VideoMotion): string {
  const trimmed = prompt.trim();
  return trimmed === "" ? `--motion ${motion}` : trimmed;
}

export async function createVideo(input: CreateVideoRequest, viewer: Viewer): Promise<SubmitResult> {
  const start = await validateImage(input.startFrame, "The start frame");
  const end = input.endFrame ? await validateImage(input.endFrame, "The end frame") : null;
  const { motion, loop, batchSize, resolution, idempotencyKey, mode } = input;
  const prompt = input.prompt.trim();
  const images = end ? [start.dataUrl, end.dataUrl] : [start.dataUrl];
  // Every choice and both frames: the same key sent with anything different is a 409, not a silent replay.
  const inputHash = fingerprint([
    "VIDEO",
    prompt,
    motion,
    String(loop),
    String(batchSize),
    resolution,
    ...images,
  ]);
  const stored = await storeInputImages(
    images.map((dataUrl, i) => ({ dataUrl, role: i === 0 ? ("start" as const) : ("end" as const) })),
    viewer,
  );
  return submitNewTask(
    {
      row: {
        action: "VIDEO",
        prompt,
        mode,
        referenceCount: images.length,
        idempotencyKey,
        inputHash,
        inputs: { create: stored },
      },
      sameRequest: { action: "VIDEO", inputHash },
      send: (task) =>
        submitVideo(
          {
            kind: "animate",
            prompt: upstreamVideoPrompt(prompt, motion),
            image: start.dataUrl,
            ...(end ? { endImage: end.dataUrl } : {}),
            motion,
            loop,
            batchSize,
            videoType: VIDEO_TYPES[resolution],
          },
          upstreamOptions(task, { state: input.state }),
        ),
    },
    viewer,
  );
}
