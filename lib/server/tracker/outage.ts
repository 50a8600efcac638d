import "server-only";

// What the tracker knows about the upstream's health, kept as small pure steps so the rules are unit-tested:
// when to tell people the upstream is down, and what a pass does while it is.

/** Consecutive failed passes before browsers are told (one blip is not an outage). */
export const UNREACHABLE_AFTER_FAILURES = 2;

export interface UpstreamHealth {
  /** Consecutive failed passes (any cause): drives the backoff and the cheap probe. */
  failures: number;
  /** When the current run of upstream failures began; null while the upstream answers. */
  upstreamFailingSince: Date | null;
  /** Consecutive failed passes that were the upstream's fault (not e.g. our database). */
  upstreamFailures: number;
}

export const HEALTHY: UpstreamHealth = { failures: 0, upstreamFailingSince: null, upstreamFailures: 0 };

export function afterFailure(health: UpstreamHealth, now: Date, upstreamFault: boolean): UpstreamHealth {
  return {
    failures: health.failures + 1,
    upstreamFailingSince: upstreamFault ? (health.upstreamFailingSince ?? now) : health.upstreamFailingSince,
    upstreamFailures: upstreamFault ? health.upstreamFailures + 1 : health.upstreamFailures,
  };
}

/** The first successful pass clears everything: the banner goes away on recovery. */
export function afterSuccess(): UpstreamHealth {
  return HEALTHY;
}

/** "Can't reach Midjourney since …": the start of the outage, once it has lasted a couple of passes. */
export function unreachableSince(health: UpstreamHealth): Date | null {
  return health.upstreamFailures >= UNREACHABLE_AFTER_FAILURES ? health.upstreamFailingSince : null;
}

export type PassPlan = { kind: "full" } | { kind: "probe"; upstreamId: string };

/**
 * While passes fail, each one first asks the upstream about ONE task (a single light read) and only syncs
 * everything once that answers: an outage costs one request per backoff step, not a sync of every task.
 */
export function planPass(health: UpstreamHealth, probeUpstreamId: string | null): PassPlan {
  if (health.failures === 0 || probeUpstreamId === null) return { kind: "full" };
  return { kind: "probe", upstreamId: probeUpstreamId };
}
