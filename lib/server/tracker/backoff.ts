import "server-only";

/**
 * The longest wait between two attempts while the upstream fails. Short on purpose: while failing, a pass is
 * one cheap probe (see outage.ts), so retrying every few seconds costs the upstream almost nothing, and the
 * first probe after a recovery plus one full sync land within ~10 s of the upstream coming back.
 */
export const MAX_BACKOFF_MS = 8_000;

/**
 * Delay before the next sync: the normal interval while the upstream answers, doubling with each
 * consecutive failure (an outage is not hammered), capped at MAX_BACKOFF_MS (or the interval, if longer).
 */
export function nextSyncDelayMs(consecutiveFailures: number, intervalMs: number): number {
  const backoff = intervalMs * 2 ** Math.min(Math.max(consecutiveFailures, 0), 10);
  return Math.min(backoff, Math.max(MAX_BACKOFF_MS, intervalMs));
}
