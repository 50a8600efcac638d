import "server-only";

import { type Attempt, type FailureStore, sweeper } from "./failure-store";

// Per-account sign-in delay. A fixed failure budget lets anyone lock any account by guessing wrong on
// purpose; a growing, capped wait slows guessing just as well and never keeps the owner out for long.
// The failures are rows in the database (failure-store.ts): every instance sees the same row of failures.

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

/** With the doubling capped, failures beyond this many change nothing: only the newest ones are read and kept. */
function failuresWorthKeeping(policy: SignInDelayPolicy): number {
  const doublingsToCap = Math.ceil(Math.log2(Math.max(1, policy.maxDelayMs / policy.baseDelayMs)));
  return policy.freeFailures + doublingsToCap + 2;
}

export class SignInDelay {
  private readonly sweep: ReturnType<typeof sweeper>;
  private readonly keep: number;

  constructor(
    private readonly store: FailureStore,
    private readonly policy: SignInDelayPolicy = DEFAULT_SIGN_IN_DELAY,
    private readonly now: () => number = Date.now,
  ) {
    this.sweep = sweeper(now);
    this.keep = failuresWorthKeeping(policy);
  }

  /** The wait that follows `failures` failures in a row (0 while they are free). */
  delayAfter(failures: number): number {
    const { freeFailures, baseDelayMs, maxDelayMs } = this.policy;
    if (failures <= freeFailures) return 0;
    // Capping the exponent first keeps 2 ** n finite however many failures pile up.
    const doublings = Math.min(failures - freeFailures - 1, 40);
    return Math.min(baseDelayMs * 2 ** doublings, maxDelayMs);
  }

  /** Milliseconds until this key may try again, or 0 when it may try now. */
  async retryAfterMs(key: string): Promise<number> {
    return this.waitAfter(await this.store.newest(key, this.keep));
  }

  /**
   * Writes the attempt before its password is checked and names the wait the rows written before it impose. Rows
   * of attempts still in flight count too: of many attempts at once, only `freeFailures + 1` go ahead.
   */
  async begin(key: string): Promise<Attempt> {
    const id = await this.store.add(key, new Date(this.now()));
    return { id, retryAfterMs: this.waitAfter(await this.store.newest(key, this.keep, id)) };
  }

  /** The attempt `begin` wrote failed: its row stays as the failure. */
  async failed(key: string): Promise<void> {
    await this.store.trim(key, this.keep);
    this.sweep(() => this.store.sweepQuiet(new Date(this.now() - this.policy.forgetAfterMs)));
  }

  /** The attempt `begin` wrote was no failure (refused before its password was checked, or other answers). */
  async withdraw(attempt: Attempt): Promise<void> {
    await this.store.remove(attempt.id);
  }

  async recordFailure(key: string): Promise<void> {
    await this.store.add(key, new Date(this.now()));
    await this.failed(key);
  }

  async reset(key: string): Promise<void> {
    await this.store.clear(key);
  }

  private waitAfter(newestFirst: Date[]): number {
    const last = newestFirst[0];
    if (!last || this.now() - last.getTime() >= this.policy.forgetAfterMs) return 0;
    return Math.max(0, last.getTime() + this.delayAfter(this.inARow(newestFirst)) - this.now());
  }

  /** Failures in a row, newest first: a quiet gap of forgetAfterMs or more ends the row (older ones are forgotten). */
  private inARow(newestFirst: Date[]): number {
    let count = 1;
    while (
      count < newestFirst.length &&
      (newestFirst[count - 1] as Date).getTime() - (newestFirst[count] as Date).getTime() <
        this.policy.forgetAfterMs
    )
      count += 1;
    return count;
  }
}
