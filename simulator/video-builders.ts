import "server-only";

import { baseTask } from "./builders";
import { hashString } from "./ids";
import { parsePrompt } from "./prompt";
import type { AspectRatio, RenderSpec, SimBotType, SimTask, SimVideo, VideoMotion } from "./types";
import { defaultVideo, HD_LONG_SIDE, SD_LONG_SIDE, videoImages } from "./video-clips";

// The records POST /submit/video creates (mj-api.md 4.11): a new batch from a start frame, or an extend of a
// finished VIDEO task's clip. Button presses (Animate, Extend, video U) go through builders.ts instead.

export interface VideoInput {
  prompt: string;
  motion: VideoMotion;
  loop: boolean;
  batchSize: number;
  hd: boolean;
  /** The start frame's aspect ratio when known (our own attachment, or a data URL), else the prompt's. */
  aspect: AspectRatio | null;
  botType: SimBotType;
  notifyHook: string | null;
  state: string | null;
}

/** POST /submit/video without `action`: animate a start frame into a batch of clips. */
export function buildVideoTask(input: VideoInput, id: string, now: number, durationMs: number): SimTask {
  const parsed = parsePrompt(input.prompt, input.botType);
  const seed = hashString(`video:${input.prompt}`);
  const render: RenderSpec = {
    layout: "single",
    paletteSeed: hashString(parsed.text || input.prompt),
    seed,
    quadrant: null,
    aspect: input.aspect ?? parsed.aspect,
    longSide: input.hd ? HD_LONG_SIDE : SD_LONG_SIDE,
    zoomOut: null,
    pan: null,
  };
  const video: SimVideo = {
    clips: input.batchSize,
    hd: input.hd,
    extended: false,
    motion: input.motion,
    loop: input.loop,
    hue: seed % 8,
  };
  const base = baseTask(id, now, durationMs);
  return {
    ...base,
    action: "VIDEO",
    prompt: input.prompt,
    promptEn: input.prompt,
    finalPrompt: `${input.prompt} --motion ${input.motion}${input.loop ? " --loop" : ""} --video 1`,
    description: `/video ${input.prompt}`,
    state: input.state,
    botType: input.botType,
    notifyHook: input.notifyHook,
    plan: parsed.plan,
    parentId: null,
    customId: null,
    modalKind: null,
    version: parsed.version,
    imageKind: "video",
    render,
    images: videoImages(parsed.text, base.messageHash, video, render),
    video,
    seed,
  };
}

/** POST /submit/video with `action: "extend"`: continue clip `index` of a finished VIDEO task. */
export function buildExtendTask(
  parent: SimTask,
  input: {
    prompt: string;
    motion: VideoMotion;
    batchSize: number;
    index: number;
    notifyHook: string | null;
    state: string | null;
  },
  id: string,
  now: number,
  durationMs: number,
): SimTask {
  const base = baseTask(id, now, durationMs);
  const seed = hashString(`${parent.render.seed}:extend:${input.index}:${id}`);
  const video: SimVideo = {
    ...(parent.video ?? defaultVideo(input.motion)),
    clips: input.batchSize,
    extended: true,
    motion: input.motion,
    hue: seed % 8,
  };
  const render = { ...parent.render, seed };
  // The extend prompt decides how the job ends, as any prompt does (`sim:fail`, a bad parameter).
  const parsed = parsePrompt(input.prompt, parent.botType);
  return {
    ...base,
    action: "VIDEO",
    prompt: input.prompt,
    promptEn: input.prompt,
    finalPrompt: `${input.prompt} --motion ${input.motion} --video 1`,
    description: `/video ${input.prompt}`,
    state: input.state,
    botType: parent.botType,
    notifyHook: input.notifyHook,
    plan: parsed.plan,
    parentId: parent.id,
    customId: null,
    modalKind: null,
    version: parent.version,
    imageKind: "video",
    render,
    images: videoImages(parsed.text, base.messageHash, video, render),
    video,
    seed,
  };
}
