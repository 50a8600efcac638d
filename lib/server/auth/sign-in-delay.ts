import "server-only";

// Per-account sign-in delay. A fixed failure budget lets anyone lock any account by guessing wrong on
// purpose; a growing, capped wait slows guessing just as well and never keeps the owner out for long.
// In memory, per process: the studio runs as one Node process, and a restart forgetting the counts only
// gives a guesser a few free tries back.

export interface SignInDelayPolicy {
  /** Failures that cost nothing. */
  freeFailures: number;
  /** The wait after the first failure beyond the free ones; it doubles with each further failure. */
  baseDelayMs: number;
  /** The longest wait, however many failures. */
  maxDelayMs: number;
  /** Quiet time after which an account's failures are forgotten. */
  forgetAfterMs: number;
}

export const DEFAULT_SIGN_IN_DELAY: SignInDelayPolicy = {
  freeFailures: 3,
  baseDelayMs: 1_000,
  maxDelayMs: 30_000,
  forgetAfterMs: 15 * 60_000,
};

interface Entry {
  failures: number;
  lastFailureAt: number;
}

// Beyond this many remembered keys, forgotten ones are swept so made-up e-mails cannot grow the map forever.
const SWEEP_ABOVE = 10_000;

export class SignInDelay {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly policy: SignInDelayPolicy = DEFAULT_SIGN_IN_DELAY,
    private readonly now: () => number = Date.now,
  ) {}

  /** The wait that follows `failures` failures in a row (0 while they are free). */
  delayAfter(failures: number): number {
    const { freeFailures, baseDelayMs, maxDelayMs } = this.policy;
    if (failures <= freeFailures) return 0;
    // Capping the exponent first keeps 2 ** n finite however many failures pile up.
    const doublings = Math.min(failures - freeFailures - 1, 40);
    return Math.min(baseDelayMs * 2 ** doublings, maxDelayMs);
  }

  /** Milliseconds until this key may try again, or 0 when it may try now. */
  retryAfterMs(key: string): number {
    const entry = this.current(key);
    if (!entry) return 0;
    return Math.max(0, entry.lastFailureAt + this.delayAfter(entry.failures) - this.now());
  }

  recordFailure(key: string): void {
    const entry = this.current(key) ?? { failures: 0, lastFailureAt: 0 };
    entry.failures += 1;
    entry.lastFailureAt = this.now();
    this.entries.set(key, entry);
    if (this.entries.size > SWEEP_ABOVE) this.sweep();
  }

  reset(key: string): void {
    this.entries.delete(key);
  }

  private current(key: string): Entry | undefined {
    const entry = this.entries.get(key);
    if (entry && this.now() - entry.lastFailureAt >= this.policy.forgetAfterMs) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }

  private sweep(): void {
    for (const key of [...this.entries.keys()]) this.current(key);
  }
}
