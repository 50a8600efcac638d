import "server-only";

const MAX_BACKOFF_MS = 60_000;

/**
 * Delay before the next sync: the normal interval while the upstream answers, doubling with each
 * consecutive failure (an outage is not hammered), capped at a minute (or the interval, if longer).
 */
export function nextSyncDelayMs(consecutiveFailures: number, intervalMs: number): number {
  const backoff = intervalMs * 2 ** Math.min(Math.max(consecutiveFailures, 0), 10);
  return Math.min(backoff, Math.max(MAX_BACKOFF_MS, intervalMs));
}
