import "server-only";

import type { ImageProblemKind } from "./image-retry";

// Shared by the final image and a video's clips (images.ts, videos.ts): every step of storing a finished task's
// files is labelled with whose fault a failure was, which decides what the user is told and whether to retry.

/** A failed step of storing the final files, with what the user is told about it. */
export class ImageStoreError extends Error {
  constructor(
    readonly kind: ImageProblemKind,
    cause: unknown,
  ) {
    super(`${kind}: ${describeError(cause)}`, { cause });
  }
}

/** Runs one step; a throw is labelled with whose fault it was (the upstream's link, or our storage). */
export async function step<T>(
  kind: (error: unknown) => ImageProblemKind,
  work: () => Promise<T>,
): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw new ImageStoreError(kind(error), error);
  }
}

export function describeError(error: unknown): string {
  return error instanceof Error ? error.message.slice(0, 300) : "unknown error";
}
