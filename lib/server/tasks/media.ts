import "server-only";

import { AppError } from "@/lib/errors";
import { submitBlend, submitDescribe, submitShorten, submitSwapFace } from "@/lib/server/mj";
import { validateImage, validateImages } from "@/lib/server/references";
import type { BlendDimensions } from "@/lib/schemas/task-input";
import type { BotType } from "@/lib/schemas/task";

import type { Viewer } from "./viewer";

import { fingerprint, type SubmitExtras, type SubmitResult, upstreamOptions } from "./claim";
import { submitNewTask } from "./submit-protocol";

// Describe, blend, shorten and face swap: the same submit protocol as imagine (submit-protocol.ts). Image
// inputs are validated like references and fingerprinted, so a reused idempotency key with other images is a 409.

/** A submit whose replay is told apart by a fingerprint of its inputs (images included). */
function submitFingerprinted(
  action: "DESCRIBE" | "BLEND" | "SWAP_FACE",
  input: SubmitExtras & { botType?: BotType; referenceCount: number; hashed: readonly string[] },
  send: Parameters<typeof submitNewTask>[0]["send"],
  viewer: Viewer,
): Promise<SubmitResult> {
  const inputHash = fingerprint([action, ...input.hashed]);
  const { idempotencyKey, mode, botType, referenceCount } = input;
  return submitNewTask(
    {
      row: { action, botType, mode, referenceCount, idempotencyKey, inputHash },
      sameRequest: { action, inputHash },
      send,
    },
    viewer,
  );
}

export async function createDescribe(
  input: { image: string; botType: BotType } & SubmitExtras,
  viewer: Viewer,
): Promise<SubmitResult> {
  const image = await validateImage(input.image, "The image");
  const hashed = [input.botType, image.dataUrl];
  return submitFingerprinted(
    "DESCRIBE",
    { ...input, referenceCount: 1, hashed },
    (task) =>
      submitDescribe(
        { base64: image.dataUrl, botType: input.botType },
        upstreamOptions(task, { state: input.state }),
      ),
    viewer,
  );
}

export async function createBlend(
  input: { images: string[]; dimensions: BlendDimensions; botType: BotType } & SubmitExtras,
  viewer: Viewer,
): Promise<SubmitResult> {
  const images = await validateImages(input.images, (n) => `Image ${n}`);
  const hashed = [input.botType, input.dimensions, ...images];
  return submitFingerprinted(
    "BLEND",
    { ...input, referenceCount: images.length, hashed },
    (task) =>
      submitBlend(
        { base64Array: images, dimensions: input.dimensions, botType: input.botType },
        upstreamOptions(task, { state: input.state }),
      ),
    viewer,
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
  // No botType: the task runs on the InsightFace bot, and the row keeps the schema's default.
  return submitFingerprinted(
    "SWAP_FACE",
    { ...input, referenceCount: 2, hashed: [face.dataUrl, target.dataUrl] },
    (task) =>
      submitSwapFace(
        { sourceBase64: face.dataUrl, targetBase64: target.dataUrl },
        upstreamOptions(task, { state: input.state, filter: "instance" }),
      ),
    viewer,
  );
}
