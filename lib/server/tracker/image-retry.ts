import "server-only";

import { MjError } from "@/lib/server/mj";

// When a finished task's image cannot be stored, the studio keeps trying for about an hour with a growing
// delay (5 s, 15 s, 45 s, … capped at 5 min), then shows a final state in words. Pure, so the policy is tested.

/** What went wrong, in our words: the task's `imageError`. */
export type ImageProblemKind = "download" | "storage" | "expired";

const FIRST_DELAY_MS = 5_000;
const MAX_DELAY_MS = 5 * 60_000;
/** 5 + 15 + 45 + 135 s, then 12 × 5 min: about an hour of trying before the final state. */
export const MAX_IMAGE_ATTEMPTS = 16;
/** While storage is known to be broken, how often one tiny test write checks whether it works again. */
export const STORAGE_CHECK_INTERVAL_MS = 5 * 60_000;

/** Delay before try number `attempts + 1`, after `attempts` failed tries (≥ 1). */
export function imageRetryDelayMs(attempts: number): number {
  return Math.min(FIRST_DELAY_MS * 3 ** Math.max(0, attempts - 1), MAX_DELAY_MS);
}

/** When to try again after the `attempts`-th failure; null = stop (a gone link, or the hour is over). */
export function nextImageRetryAt(kind: ImageProblemKind, attempts: number, now: Date): Date | null {
  if (kind === "expired" || attempts >= MAX_IMAGE_ATTEMPTS) return null;
  return new Date(now.getTime() + imageRetryDelayMs(attempts));
}

/** Classifies a failed download: the upstream's link is gone (401/403/404/410), or it merely failed. */
export function downloadProblemOf(error: unknown): ImageProblemKind {
  return error instanceof MjError && error.kind === "not_found" ? "expired" : "download";
}

/**
 * Whether trying the same link again could succeed. A link refused before any request (not a URL, not http(s),
 * pointing to a private network address: MjError "validation") fails the same way every time, so it gets no
 * retries: the task shows "download gave up" at once instead of trying 16 times over an hour.
 */
export function retryCanHelp(error: unknown): boolean {
  return !(error instanceof MjError && error.kind === "validation");
}

/** Stored kinds only; anything else (history written before kinds existed) reads as a download problem. */
export function parseImageProblem(stored: string | null): ImageProblemKind | null {
  if (stored === null) return null;
  return stored === "storage" || stored === "expired" ? stored : "download";
}
