import "server-only";

// Kept short so tasks finish within seconds once an outage ends (issue 8, item 10): a 60 s cap let the
// delay grow to ~48 s and tasks finished 35–38 s after the upstream came back.
const MAX_BACKOFF_MS = 10_000;

/**
 * Delay before the next sync: the normal interval while the upstream answers, doubling with each
 * consecutive failure (an outage is not hammered), capped at 10 s (or the interval, if longer).
 */
export function nextSyncDelayMs(consecutiveFailures: number, intervalMs: number): number {
  const backoff = intervalMs * 2 ** Math.min(Math.max(consecutiveFailures, 0), 10);
  return Math.min(backoff, Math.max(MAX_BACKOFF_MS, intervalMs));
}
