import "server-only";

import type { ParsedCustomId } from "./buttons";
import type { ClipSpec } from "./mp4/clip";
import { imageNames } from "./render";
import type { AspectRatio, RenderSpec, SimTask, SimVideo, TaskImages, VideoMotion } from "./types";

// What a VIDEO task's clips are (mj-api.md 4.11, 8.5) and what their files are called. No task builders here:
// builders.ts (button presses) and video-builders.ts (/submit/video) both build on it.

/** Clip long side: 480p-ish batches are small, 720p and upscaled clips twice that (the fixture stays tiny). */
export const SD_LONG_SIDE = 128;
export const HD_LONG_SIDE = 256;
const FPS = 12;
/** A clip lasts 2 s; an extend continues one, so it is twice as long. */
const FRAMES = 24;
const EXTENDED_FRAMES = 48;
export const DEFAULT_BATCH_SIZE = 4;

/** The mp4 fixture spec of clip `index` of a task: the task's aspect ratio, size and length. */
export function clipSpec(video: SimVideo, aspect: AspectRatio, index: number): ClipSpec {
  const long = video.hd ? HD_LONG_SIDE : SD_LONG_SIDE;
  const short = Math.max(
    16,
    Math.round((long * Math.min(aspect.w, aspect.h)) / Math.max(aspect.w, aspect.h) / 2) * 2,
  );
  const [width, height] = aspect.w >= aspect.h ? [long, short] : [short, long];
  return {
    width,
    height,
    fps: FPS,
    frames: video.extended ? EXTENDED_FRAMES : FRAMES,
    variant: (video.hue + index) % 8,
  };
}

const baseName = (images: TaskImages) => images.final.name.replace(/\.png$/, "");
/** `<base>_<i>.mp4` next to the poster `<base>.png`. */
export const clipName = (images: TaskImages, index: number) => `${baseName(images)}_${index}.mp4`;
export const clipPosterName = (images: TaskImages, index: number) => `${baseName(images)}_${index}.png`;

/** File names (imageNames' scheme) with the poster at the clip's own size. */
export function videoImages(
  promptText: string,
  hash: string,
  video: SimVideo,
  render: RenderSpec,
): TaskImages {
  const names = imageNames(promptText, hash, render);
  const { width, height } = clipSpec(video, render.aspect, 0);
  return { ...names, final: { ...names.final, width, height } };
}

/**
 * The clips a button press on `parent` makes, or undefined when the press makes pictures. Animate starts a
 * batch of four; Extend continues one (longer clips); video U-n is one larger clip; a reroll repeats the batch.
 */
export function childVideo(parent: SimTask, parsed: ParsedCustomId, seed: number): SimVideo | undefined {
  const hue = seed % 8;
  switch (parsed.kind) {
    case "animate":
      return {
        clips: DEFAULT_BATCH_SIZE,
        hd: false,
        extended: false,
        motion: parsed.motion,
        loop: false,
        hue,
      };
    case "animate_extend":
      return {
        ...(parent.video ?? defaultVideo(parsed.motion)),
        clips: DEFAULT_BATCH_SIZE,
        extended: true,
        hue,
      };
    case "video_upscale":
      return { ...(parent.video ?? defaultVideo("low")), clips: 1, hd: true, hue: parent.video?.hue ?? hue };
    case "reroll":
      return parent.video ? { ...parent.video, hue } : undefined;
    default:
      return undefined;
  }
}

export function defaultVideo(motion: VideoMotion): SimVideo {
  return { clips: DEFAULT_BATCH_SIZE, hd: false, extended: false, motion, loop: false, hue: 0 };
}
