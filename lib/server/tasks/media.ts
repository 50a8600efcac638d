import "server-only";

import { AppError } from "@/lib/errors";
import { submitBlend, submitDescribe, submitShorten, submitSwapFace } from "@/lib/server/mj";
import { validateImage, validateImages } from "@/lib/server/references";
import type { BlendDimensions } from "@/lib/schemas/task-input";
import type { BotType } from "@/lib/schemas/task";

import type { Viewer } from "./viewer";

import {
  claim,
  finishSubmit,
  fingerprint,
  modeOf,
  newTaskId,
  replay,
  type SubmitResult,
  upstreamOptions,
} from "./claim";

// Describe, blend, shorten and face swap: the same claim → submit once → finish protocol as imagine. Image
// inputs are validated like references and fingerprinted, so a reused idempotency key with other images is a 409.

export async function createDescribe(
  input: {
    image: string;
    botType: BotType;
    idempotencyKey: string;
    mode?: "fast" | "relax" | "turbo";
    state?: string;
  },
  viewer: Viewer,
): Promise<SubmitResult> {
  const image = await validateImage(input.image, "The image");
  const inputHash = fingerprint(["DESCRIBE", input.botType, image.dataUrl]);
  const { task, claimed } = await claim(
    {
      id: newTaskId(),
      action: "DESCRIBE",
      status: "submitting",
      prompt: "",
      botType: input.botType,
      mode: modeOf(input.mode),
      referenceCount: 1,
      idempotencyKey: input.idempotencyKey,
      inputHash,
    },
    viewer,
  );
  if (!claimed) return replay(task, { action: "DESCRIBE", inputHash });
  return finishSubmit(task, () =>
    submitDescribe(
      { base64: image.dataUrl, botType: input.botType },
      upstreamOptions(task, { state: input.state }),
    ),
  );
}

export async function createBlend(
  input: {
    images: string[];
    dimensions: BlendDimensions;
    botType: BotType;
    idempotencyKey: string;
    mode?: "fast" | "relax" | "turbo";
    state?: string;
  },
  viewer: Viewer,
): Promise<SubmitResult> {
  const images = await validateImages(input.images, (n) => `Image ${n}`);
  const inputHash = fingerprint(["BLEND", input.botType, input.dimensions, ...images]);
  const { task, claimed } = await claim(
    {
      id: newTaskId(),
      action: "BLEND",
      status: "submitting",
      prompt: "",
      botType: input.botType,
      mode: modeOf(input.mode),
      referenceCount: images.length,
      idempotencyKey: input.idempotencyKey,
      inputHash,
    },
    viewer,
  );
  if (!claimed) return replay(task, { action: "BLEND", inputHash });
  return finishSubmit(task, () =>
    submitBlend(
      { base64Array: images, dimensions: input.dimensions, botType: input.botType },
      upstreamOptions(task, { state: input.state }),
    ),
  );
}

export async function createShorten(
  input: {
    prompt: string;
    botType: BotType;
    idempotencyKey: string;
    mode?: "fast" | "relax" | "turbo";
    state?: string;
  },
  viewer: Viewer,
): Promise<SubmitResult> {
  const { task, claimed } = await claim(
    {
      id: newTaskId(),
      action: "SHORTEN",
      status: "submitting",
      prompt: input.prompt,
      botType: input.botType,
      mode: modeOf(input.mode),
      idempotencyKey: input.idempotencyKey,
    },
    viewer,
  );
  if (!claimed) return replay(task, { action: "SHORTEN", prompt: input.prompt });
  return finishSubmit(task, () =>
    submitShorten(
      { prompt: input.prompt, botType: input.botType },
      upstreamOptions(task, { state: input.state }),
    ),
  );
}

export async function createSwapFace(
  input: {
    face: string;
    target: string;
    idempotencyKey: string;
    mode?: "fast" | "relax" | "turbo";
    state?: string;
  },
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
  const inputHash = fingerprint(["SWAP_FACE", face.dataUrl, target.dataUrl]);
  const { task, claimed } = await claim(
    {
      id: newTaskId(),
      action: "SWAP_FACE",
      status: "submitting",
      prompt: "",
      mode: modeOf(input.mode),
      referenceCount: 2,
      idempotencyKey: input.idempotencyKey,
      inputHash,
    },
    viewer,
  );
  if (!claimed) return replay(task, { action: "SWAP_FACE", inputHash });
  return finishSubmit(task, () =>
    submitSwapFace(
      { sourceBase64: face.dataUrl, targetBase64: target.dataUrl },
      upstreamOptions(task, { state: input.state, filter: "instance" }),
    ),
  );
}
