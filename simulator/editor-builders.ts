import "server-only";

import { baseTask } from "./builders";
import { hashString } from "./ids";
import { parsePrompt } from "./prompt";
import { GRID_LONG_SIDE, imageNames } from "./render";
import type { RenderSpec, SimTask } from "./types";
import type { UploadInfo } from "./uploads";

// Pure constructor for /submit/edit(s) and /submit/retexture tasks (mj-api.md 4.12): a 2×2 grid in the source
// image's shape, painted with its average colour and the prompt's, with the usual grid buttons (U1–U4, 🔄, V1–V4).

export type EditorAction = "EDIT" | "RETEXTURE";

export interface EditorInput {
  action: EditorAction;
  prompt: string;
  upload: UploadInfo;
  notifyHook: string | null;
  state: string | null;
}

export function buildEditorTask(input: EditorInput, id: string, now: number, durationMs: number): SimTask {
  const { upload, prompt } = input;
  const seed = hashString(`${input.action}:${upload.digest}:${prompt}`);
  const parsed = parsePrompt(prompt, "MID_JOURNEY");
  const render: RenderSpec = {
    layout: "grid",
    seed,
    paletteSeed: seed,
    quadrant: null,
    aspect: { w: upload.width, h: upload.height },
    longSide: GRID_LONG_SIDE,
    zoomOut: null,
    pan: null,
    palette: [upload.color, `hsl(${seed % 360},70%,62%)`],
  };
  const base = baseTask(id, now, durationMs);
  return {
    ...base,
    action: input.action,
    prompt,
    promptEn: prompt,
    finalPrompt: prompt,
    description: `/${input.action.toLowerCase()} ${prompt}`,
    state: input.state,
    botType: "MID_JOURNEY",
    notifyHook: input.notifyHook,
    plan: { outcome: "success" },
    parentId: null,
    customId: null,
    modalKind: null,
    version: parsed.version,
    imageKind: "grid",
    render,
    images: imageNames(prompt, base.messageHash, render),
    seed,
  };
}
