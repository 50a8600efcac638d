import "server-only";

import { baseTask, buildImagineTask, type ChildInput } from "./builders";
import { hashString } from "./ids";
import { parsePrompt } from "./prompt";
import { GRID_LONG_SIDE, imageNames } from "./render";
import { describePrompts, numberedList, shortenPrompt } from "./text-results";
import type { AspectRatio, ModalKind, RenderSpec, SimBotType, SimTask } from "./types";
import type { UploadInfo } from "./uploads";

// Pure constructors for describe, blend, shorten and face swap tasks, and for the tasks their buttons create.

export type BlendDimensions = "PORTRAIT" | "SQUARE" | "LANDSCAPE";

export const BLEND_ASPECTS: Record<BlendDimensions, AspectRatio> = {
  PORTRAIT: { w: 2, h: 3 },
  SQUARE: { w: 1, h: 1 },
  LANDSCAPE: { w: 3, h: 2 },
};

/** Discord shows a described image at most this large. */
const DESCRIBE_LONG_SIDE = 2048;

interface Common {
  botType: SimBotType;
  notifyHook: string | null;
  state: string | null;
}

function renderSpec(overrides: Partial<RenderSpec> & Pick<RenderSpec, "seed">): RenderSpec {
  return {
    layout: "grid",
    paletteSeed: overrides.seed,
    quadrant: null,
    aspect: { w: 1, h: 1 },
    longSide: GRID_LONG_SIDE,
    zoomOut: null,
    pan: null,
    ...overrides,
  };
}

/** Fields every non-imagine root task shares; the caller adds what makes it a describe, blend… */
function rootTask(
  id: string,
  now: number,
  durationMs: number,
  input: Common,
  /** The text the job was asked about; describe, blend and swap start from pictures alone. */
  prompt = "",
): Omit<SimTask, "action" | "finalPrompt" | "description" | "imageKind" | "render" | "images" | "seed"> {
  return {
    ...baseTask(id, now, durationMs),
    prompt,
    promptEn: prompt,
    state: input.state,
    botType: input.botType,
    notifyHook: input.notifyHook,
    plan: { outcome: "success" },
    parentId: null,
    customId: null,
    modalKind: null,
    version: parsePrompt("", input.botType).version,
  };
}

/** /describe: the uploaded picture plus four prompts read from its bytes (shown once the job succeeds). */
export function buildDescribeTask(
  input: Common & { upload: UploadInfo; seed?: number },
  id: string,
  now: number,
  durationMs: number,
): SimTask {
  const { upload } = input;
  const seed = input.seed ?? upload.hash;
  const prompts = describePrompts(seed, upload);
  const render = renderSpec({
    layout: "upload",
    upload: upload.name,
    seed,
    aspect: { w: upload.width, h: upload.height },
    longSide: Math.min(DESCRIBE_LONG_SIDE, Math.max(upload.width, upload.height)),
  });
  const base = rootTask(id, now, durationMs, input);
  return {
    ...base,
    action: "DESCRIBE",
    finalPrompt: "",
    description: `/describe ${id}.${upload.ext}`,
    imageKind: "describe",
    render,
    images: imageNames("describe", base.messageHash, render),
    seed,
    resultPrompts: prompts,
    resultText: numberedList(prompts),
  };
}

/** /blend: a grid in the requested shape, painted with the inputs' average colours. */
export function buildBlendTask(
  input: Common & { uploads: UploadInfo[]; dimensions: BlendDimensions },
  id: string,
  now: number,
  durationMs: number,
): SimTask {
  const seed = hashString(input.uploads.map((u) => u.digest).join(":"));
  const aspect = BLEND_ASPECTS[input.dimensions];
  const render = renderSpec({ seed, aspect, palette: input.uploads.map((u) => u.color) });
  // Midjourney echoes the uploads as short links, plus the aspect ratio the dimensions chose.
  const links = input.uploads.map((_, i) => `https://s.mj.run/sim${id.slice(-6)}${i}`);
  const ar = input.dimensions === "SQUARE" ? [] : [`--ar ${aspect.w}:${aspect.h}`];
  const base = rootTask(id, now, durationMs, input);
  return {
    ...base,
    action: "BLEND",
    finalPrompt: [...links, ...ar].join(" "),
    description: `/blend ${id} ${input.uploads.length}`,
    imageKind: "grid",
    render,
    images: imageNames("blend", base.messageHash, render),
    seed,
  };
}

/** /shorten: text only (no image); the analysis becomes the finalPrompt when the job succeeds. */
export function buildShortenTask(
  input: Common & { prompt: string; detailed?: boolean },
  id: string,
  now: number,
  durationMs: number,
): SimTask {
  const result = shortenPrompt(input.prompt, input.detailed ?? false);
  const seed = hashString(input.prompt);
  return {
    ...rootTask(id, now, durationMs, input, input.prompt),
    action: "SHORTEN",
    finalPrompt: input.prompt,
    description: `/shorten ${input.prompt}`,
    imageKind: input.detailed ? "shorten-details" : "shorten",
    render: renderSpec({ seed }),
    images: null,
    seed,
    resultPrompts: result.prompts,
    resultText: result.text,
  };
}

/** InsightFace swap: one picture the size of the target, coloured by face and target. */
export function buildSwapTask(
  input: Omit<Common, "botType"> & { source: UploadInfo; target: UploadInfo },
  id: string,
  now: number,
  durationMs: number,
): SimTask {
  const { source, target } = input;
  const seed = hashString(`${source.digest}:${target.digest}`);
  const render = renderSpec({
    layout: "single",
    quadrant: 1,
    seed,
    aspect: { w: target.width, h: target.height },
    longSide: Math.min(GRID_LONG_SIDE, Math.max(target.width, target.height)),
    palette: [source.color, target.color],
  });
  const base = rootTask(id, now, durationMs, { ...input, botType: "INSIGHT_FACE" });
  return {
    ...base,
    action: "SWAP_FACE",
    finalPrompt: "",
    description: "/insight-face swap",
    imageKind: "face",
    render,
    images: imageNames("swap", base.messageHash, render),
    seed,
  };
}

/** A child task answers to its own caller's hook and state, with the parent's bot. */
function childOrigin(parent: SimTask, input: ChildInput): Common {
  return { botType: parent.botType, notifyHook: input.notifyHook, state: input.state };
}

/**
 * PicReader N (after describe) or PromptAnalyzer N (after shorten): an IMAGINE of the N-th prompt. With a modal
 * kind it waits in the dialog (the prompt pre-filled); "Imagine all" builds it without one.
 */
export function buildPromptChild(
  parent: SimTask,
  index: number,
  modalKind: Extract<ModalKind, "PicReader" | "PromptAnalyzer"> | null,
  input: ChildInput,
  id: string,
  now: number,
  durationMs: number,
): SimTask {
  const prompt = parent.resultPrompts?.[index - 1] ?? parent.prompt;
  const botType = parent.botType === "INSIGHT_FACE" ? "MID_JOURNEY" : parent.botType;
  const task = buildImagineTask(
    { prompt, botType, referenceCount: 0, notifyHook: input.notifyHook, state: input.state },
    id,
    now,
    durationMs,
  );
  return { ...task, parentId: parent.id, customId: input.customId, modalKind };
}

/** A job re-run from a text reply's button: the parent's own job again, told apart by the press. */
type RerunBuilder = (
  parent: SimTask,
  input: ChildInput,
  id: string,
  now: number,
  durationMs: number,
) => SimTask;

/** 🔄 under a describe: the same picture read again, with other prompts. */
export const buildDescribeRetry: RerunBuilder = (parent, input, id, now, durationMs) => {
  const upload = parent.render.upload ?? "";
  const task = buildDescribeTask(
    {
      ...childOrigin(parent, input),
      seed: hashString(`${parent.seed}:${id}`),
      upload: {
        name: upload,
        hash: parent.seed,
        digest: upload,
        ext: "png",
        width: parent.render.aspect.w,
        height: parent.render.aspect.h,
        color: "#000000",
      },
    },
    id,
    now,
    durationMs,
  );
  return { ...task, parentId: parent.id, customId: input.customId };
};

/** "Show Details" under a shorten: the same analysis with each token's weight (mj-api.md 4.8). */
export const buildShowDetails: RerunBuilder = (parent, input, id, now, durationMs) => {
  const task = buildShortenTask(
    { ...childOrigin(parent, input), prompt: parent.prompt, detailed: true },
    id,
    now,
    durationMs,
  );
  return {
    ...task,
    parentId: parent.id,
    customId: input.customId,
    description: `/up ${parent.id} Show Details`,
  };
};
