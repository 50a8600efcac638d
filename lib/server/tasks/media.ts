import "server-only";

import { AppError } from "@/lib/errors";
import type { InputRole } from "@/lib/schemas/reference";
import type { BotType } from "@/lib/schemas/task";
import type { BlendDimensions } from "@/lib/schemas/task-input";
import type { Viewer } from "@/lib/server/auth/viewer";
import {
  submitBlend,
  submitDescribe,
  submitShorten,
  submitSwapFace,
  type SubmitOptions,
  type SubmitOutcome,
} from "@/lib/server/mj";
import { validateImage, validateImages } from "@/lib/server/references";
import { storeInputImages } from "@/lib/server/stored-references";

import { fingerprint, type SubmitExtras, type SubmitResult, upstreamOptions } from "./claim";
import { submitNewTask } from "./submit-protocol";

// Describe, blend, shorten and face swap: the same submit protocol as imagine (submit-protocol.ts). Image
// inputs are validated like references and fingerprinted, so a reused idempotency key with other images is a 409.

/**
 * A submit whose replay is told apart by a fingerprint of its parameters and images. `send` gets the options
 * every submit carries (our callback, the state, the mode and the account filter).
 */
async function submitFingerprinted(
  action: "DESCRIBE" | "BLEND" | "SWAP_FACE",
  input: SubmitExtras & { botType?: BotType },
  inputs: {
    params: readonly string[];
    images: readonly string[];
    roles: readonly InputRole[];
    filter?: "instance";
  },
  viewer: Viewer,
  send: (opts: SubmitOptions) => Promise<SubmitOutcome>,
): Promise<SubmitResult> {
  const inputHash = fingerprint([action, ...inputs.params, ...inputs.images]);
  const { idempotencyKey, mode, botType } = input;
  // Every input image is kept with the task, so its page can show what it was made from.
  const stored = await storeInputImages(
    inputs.images.map((dataUrl, i) => ({ dataUrl, role: inputs.roles[i] ?? "blend" })),
    viewer,
  );
  return submitNewTask(
    {
      row: {
        action,
        botType,
        mode,
        referenceCount: inputs.images.length,
        idempotencyKey,
        inputHash,
        inputs: { create: stored },
      },
      sameRequest: { action, inputHash },
      send: (task) => send(upstreamOptions(task, { state: input.state, filter: inputs.filter })),
    },
    viewer,
  );
}

export async function createDescribe(
  input: { image: string; botType: BotType } & SubmitExtras,
  viewer: Viewer,
): Promise<SubmitResult> {
  const { dataUrl } = await validateImage(input.image, "The image");
  const { botType } = input;
  return submitFingerprinted(
    "DESCRIBE",
    input,
    { params: [botType], images: [dataUrl], roles: ["describe"] },
    viewer,
    (opts) => submitDescribe({ base64: dataUrl, botType }, opts),
  );
}

export async function createBlend(
  input: { images: string[]; dimensions: BlendDimensions; botType: BotType } & SubmitExtras,
  viewer: Viewer,
): Promise<SubmitResult> {
  const images = await validateImages(input.images, (n) => `Image ${n}`);
  const { botType, dimensions } = input;
  return submitFingerprinted(
    "BLEND",
    input,
    { params: [botType, dimensions], images, roles: images.map(() => "blend") },
    viewer,
    (opts) => submitBlend({ base64Array: images, dimensions, botType }, opts),
  );
}

export function createShorten(
  input: { prompt: string; botType: BotType } & SubmitExtras,
  viewer: Viewer,
): Promise<SubmitResult> {
  const { prompt, botType, idempotencyKey, mode } = input;
  return submitNewTask(
    {
      row: { action: "SHORTEN", prompt, botType, mode, idempotencyKey },
      sameRequest: { action: "SHORTEN", prompt },
      send: (task) => submitShorten({ prompt, botType }, upstreamOptions(task, { state: input.state })),
    },
    viewer,
  );
}

export async function createSwapFace(
  input: { face: string; target: string } & SubmitExtras,
  viewer: Viewer,
): Promise<SubmitResult> {
  const face = await validateImage(input.face, "The face image");
  const target = await validateImage(input.target, "The target image");
  if (face.bytes.equals(target.bytes)) {
    // Every proxy refuses this too (code 4); saying it here is clearer and costs no round trip.
    throw new AppError(
      "validation_failed",
      "face and target are the same image; send the face and the picture to put it on.",
    );
  }
  // No botType: the task runs on the InsightFace bot, and the row keeps the schema's default. Face swap takes
  // only instanceId from the account filter (PLUS).
  const images = [face.dataUrl, target.dataUrl];
  return submitFingerprinted(
    "SWAP_FACE",
    input,
    { params: [], images, roles: ["face", "target"], filter: "instance" },
    viewer,
    (opts) => submitSwapFace({ sourceBase64: face.dataUrl, targetBase64: target.dataUrl }, opts),
  );
}
