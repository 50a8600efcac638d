import "server-only";

import { type FailureStore, sweeper } from "./failure-store";

// Failed sign-ins per client IP (only when a trusted proxy names it) in a sliding window; accounts get the
// gentler SignInDelay instead. The failures are rows in the database (failure-store.ts), so every instance
// counts the same ones and a restart forgets nothing.

export class FailureLimiter {
  private readonly sweep: ReturnType<typeof sweeper>;

  constructor(
    private readonly store: FailureStore,
    private readonly maxFailures: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {
    this.sweep = sweeper(now);
  }

  /** Milliseconds until this key may try again, or 0 when it may try now. */
  async retryAfterMs(key: string): Promise<number> {
    const newest = await this.store.newest(key, this.maxFailures);
    // The key may try again once the oldest of its last `maxFailures` failures leaves the window.
    const oldestCounted = newest[this.maxFailures - 1];
    if (!oldestCounted) return 0;
    return Math.max(0, oldestCounted.getTime() + this.windowMs - this.now());
  }

  async recordFailure(key: string): Promise<void> {
    await this.store.add(key, new Date(this.now()));
    await this.store.trim(key, this.maxFailures);
    await this.sweep(() => this.store.sweepQuiet(new Date(this.now() - this.windowMs)));
  }

  async reset(key: string): Promise<void> {
    await this.store.clear(key);
  }
}
