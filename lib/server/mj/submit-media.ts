import "server-only";

import { MjError } from "./errors";
import { postSubmit, type SubmitOptions, type SubmitOutcome } from "./submit";

// The submits that are not "press a button": describe, blend, shorten and face swap (mj-api.md 4.6–4.9).
// Like imagine they are sent exactly once; anything we can tell is wrong is refused here, before it costs.

export type BotTypeName = "MID_JOURNEY" | "NIJI_JOURNEY";
export type BlendDimensions = "PORTRAIT" | "SQUARE" | "LANDSCAPE";

export const MIN_BLEND_IMAGES = 2;
export const MAX_BLEND_IMAGES = 5;

function requireText(value: string, field: string): void {
  if (value.trim() === "") throw new MjError("validation", { description: `${field} must not be empty` });
}

/** A submit of one non-empty text (a prompt, or an image as a data URL) and the bot to run it on. */
async function submitText(
  path: string,
  field: "base64" | "prompt",
  input: { text: string; botType?: BotTypeName },
  opts: SubmitOptions | undefined,
): Promise<SubmitOutcome> {
  requireText(input.text, field);
  return postSubmit(path, { [field]: input.text, botType: input.botType ?? "MID_JOURNEY" }, opts);
}

/** POST /mj/submit/describe — image → four prompts (task action DESCRIBE). */
export const submitDescribe = (input: { base64: string; botType?: BotTypeName }, opts?: SubmitOptions) =>
  submitText("/submit/describe", "base64", { text: input.base64, botType: input.botType }, opts);

/** POST /mj/submit/blend — 2–5 images into one grid (task action BLEND). */
export async function submitBlend(
  input: { base64Array: string[]; dimensions: BlendDimensions; botType?: BotTypeName },
  opts?: SubmitOptions,
): Promise<SubmitOutcome> {
  const count = input.base64Array.length;
  if (count < MIN_BLEND_IMAGES || count > MAX_BLEND_IMAGES) {
    // Every profile rejects this anyway (code 4 base64List参数错误); refusing here saves a round trip.
    throw new MjError("validation", {
      description: `blend needs ${MIN_BLEND_IMAGES} to ${MAX_BLEND_IMAGES} images, got ${count}`,
    });
  }
  // dimensions is always sent: an explicit null is an error upstream, a missing one silently means SQUARE.
  return postSubmit(
    "/submit/blend",
    { base64Array: input.base64Array, dimensions: input.dimensions, botType: input.botType ?? "MID_JOURNEY" },
    opts,
  );
}

/** POST /mj/submit/shorten — prompt analysis (task action SHORTEN). PLUS/TRUE/AGG only. */
export const submitShorten = (input: { prompt: string; botType?: BotTypeName }, opts?: SubmitOptions) =>
  submitText("/submit/shorten", "prompt", { text: input.prompt, botType: input.botType }, opts);

/**
 * POST /mj/insight-face/swap — puts the face of `sourceBase64` onto `targetBase64` (task action SWAP_FACE).
 * No botType: the task runs on the InsightFace bot whatever we would say.
 */
export async function submitSwapFace(
  input: { sourceBase64: string; targetBase64: string },
  opts?: SubmitOptions,
): Promise<SubmitOutcome> {
  requireText(input.sourceBase64, "sourceBase64");
  requireText(input.targetBase64, "targetBase64");
  return postSubmit(
    "/insight-face/swap",
    { sourceBase64: input.sourceBase64, targetBase64: input.targetBase64 },
    opts,
  );
}
