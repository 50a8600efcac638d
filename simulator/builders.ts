import "server-only";

import { childAction, childImageKind, describeButton, type ParsedCustomId } from "./buttons";
import { hashString, jobHash, snowflake } from "./ids";
import { echoPrompt, parsePrompt } from "./prompt";
import { GRID_LONG_SIDE, imageNames } from "./render";
import type { RenderSpec, SimBotType, SimTask } from "./types";
import { childVideo, videoImages } from "./video-clips";

// Pure constructors of task records: an /imagine, or the child a button press (or legacy change) creates.

export interface ImagineInput {
  prompt: string;
  botType: SimBotType;
  referenceCount: number;
  notifyHook: string | null;
  state: string | null;
}

export interface ChildInput {
  customId: string;
  notifyHook: string | null;
  state: string | null;
  /** Legacy /submit/change reroll keeps the OSS action name REROLL. */
  actionOverride?: string;
}

/** Upscale (Subtle/Creative/2x) doubles the long side. */
const HD_LONG_SIDE = GRID_LONG_SIDE * 2;

export function baseTask(
  id: string,
  now: number,
  durationMs: number,
): Pick<
  SimTask,
  | "id"
  | "submitTime"
  | "queuedAt"
  | "startTime"
  | "finishTime"
  | "progress"
  | "failReason"
  | "durationMs"
  | "status"
  | "messageHash"
  | "nonce"
  | "messageId"
  | "submitDescription"
> {
  return {
    id,
    status: "NOT_START",
    submitTime: now,
    queuedAt: null,
    startTime: null,
    finishTime: null,
    progress: null,
    failReason: null,
    durationMs,
    messageHash: jobHash(),
    nonce: snowflake(now),
    messageId: snowflake(now + 1),
    submitDescription: "",
  };
}

export function buildImagineTask(input: ImagineInput, id: string, now: number, durationMs: number): SimTask {
  const parsed = parsePrompt(input.prompt, input.botType);
  // Uploaded references appear as short links in front of the prompt Midjourney echoes back.
  const links = Array.from(
    { length: input.referenceCount },
    (_, i) => `https://s.mj.run/sim${id.slice(-6)}${i}`,
  );
  const seed = hashString(input.prompt);
  const render: RenderSpec = {
    layout: "grid",
    paletteSeed: hashString(parsed.text || input.prompt),
    seed,
    quadrant: null,
    aspect: parsed.aspect,
    longSide: GRID_LONG_SIDE,
    zoomOut: null,
    pan: null,
  };
  const base = baseTask(id, now, durationMs);
  return {
    ...base,
    action: "IMAGINE",
    prompt: input.prompt,
    promptEn: input.prompt,
    finalPrompt: [...links, echoPrompt(input.prompt, input.botType)].join(" "),
    description: `/imagine ${input.prompt}`,
    state: input.state,
    botType: input.botType,
    notifyHook: input.notifyHook,
    plan: parsed.plan,
    parentId: null,
    customId: null,
    modalKind: null,
    version: parsed.version,
    imageKind: "grid",
    render,
    images: imageNames(parsed.text, base.messageHash, render),
    seed,
  };
}

function childRender(parent: SimTask, parsed: ParsedCustomId, seed: number): RenderSpec {
  const grid: RenderSpec = {
    ...parent.render,
    layout: "grid",
    seed,
    quadrant: null,
    longSide: GRID_LONG_SIDE,
    zoomOut: null,
    pan: null,
  };
  switch (parsed.kind) {
    case "upsample":
      return {
        ...parent.render,
        layout: "single",
        quadrant: parsed.index,
        longSide: GRID_LONG_SIDE,
        zoomOut: null,
        pan: null,
      };
    case "upsample_hd":
      return { ...parent.render, layout: "single", longSide: HD_LONG_SIDE };
    case "outpaint":
      return parsed.percent === 100
        ? { ...grid, aspect: { w: 1, h: 1 } }
        : { ...grid, zoomOut: parsed.percent === 50 ? 2 : 1.5 };
    case "pan":
      return { ...grid, pan: parsed.direction };
    default:
      return grid;
  }
}

export function buildChildTask(
  parent: SimTask,
  parsed: ParsedCustomId,
  input: ChildInput,
  id: string,
  now: number,
  durationMs: number,
): SimTask {
  const upscale = parsed.kind === "upsample" || parsed.kind === "upsample_hd";
  // Upscales show the parent's pixels; everything else is a new generation with a new seed.
  const seed = upscale ? parent.render.seed : hashString(`${parent.render.seed}:${input.customId}:${id}`);
  const render = childRender(parent, parsed, seed);
  const base = baseTask(id, now, durationMs);
  const text = parsePrompt(parent.prompt, parent.botType).text;
  // Animate, Extend, video U-n and a video's reroll make clips (video-builders.ts), described like /submit/video.
  const video = childVideo(parent, parsed, seed);
  const imageKind = video && parsed.kind === "reroll" ? parent.imageKind : childImageKind(parsed);
  return {
    ...base,
    action: input.actionOverride ?? childAction(parsed, parent.action),
    prompt: parent.prompt,
    promptEn: parent.promptEn,
    finalPrompt: parent.finalPrompt,
    description: video ? `/video ${parent.prompt}` : `/up ${parent.id} ${describeButton(parsed)}`,
    state: input.state,
    botType: parent.botType,
    notifyHook: input.notifyHook,
    plan: { outcome: "success" },
    parentId: parent.id,
    customId: input.customId,
    modalKind: null,
    version: parent.version,
    imageKind,
    render,
    images: video
      ? videoImages(text, base.messageHash, video, render)
      : imageNames(text, base.messageHash, render),
    ...(video ? { video } : {}),
    seed: upscale ? parent.seed : seed,
  };
}

/**
 * Applies the dialog's prompt to a MODAL task: the new prompt becomes the task's prompt; for Custom Zoom its
 * parameters may change the aspect ratio and `--zoom` sets how far the picture is zoomed out; for PicReader /
 * PromptAnalyzer it is simply what gets imagined. No prompt = the pre-filled one stays.
 */
export function applyModalPrompt(task: SimTask, prompt: string | null): SimTask {
  if (!prompt) return task;
  const parsed = parsePrompt(prompt, task.botType);
  let render: RenderSpec = { ...task.render };
  if (task.modalKind === "CustomZoom") {
    render = { ...render, zoomOut: parsed.zoom, aspect: parsed.aspectGiven ? parsed.aspect : render.aspect };
  }
  if (task.modalKind === "Remix") {
    // A remixed variation keeps its parent's frame unless the new prompt names another one.
    render = {
      ...render,
      aspect: parsed.aspectGiven ? parsed.aspect : render.aspect,
      paletteSeed: hashString(parsed.text || prompt),
      seed: hashString(prompt),
    };
  }
  if (task.modalKind === "PicReader" || task.modalKind === "PromptAnalyzer") {
    // An edited prompt is a different imagine: new picture, and its own aspect ratio.
    render = {
      ...render,
      aspect: parsed.aspect,
      paletteSeed: hashString(parsed.text || prompt),
      seed: hashString(prompt),
    };
  }
  return {
    ...task,
    prompt,
    promptEn: prompt,
    finalPrompt: echoPrompt(prompt, task.botType),
    plan: parsed.plan,
    version: parsed.versionGiven ? parsed.version : task.version,
    render,
    images: task.video
      ? videoImages(parsed.text, task.messageHash, task.video, render)
      : imageNames(parsed.text, task.messageHash, render),
  };
}
