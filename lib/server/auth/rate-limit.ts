import "server-only";

import { type Attempt, type FailureStore, sweeper } from "./failure-store";

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
    return this.waitAfter(await this.store.newest(key, this.maxFailures));
  }

  /**
   * Writes the attempt before its password is checked; it waits when `maxFailures` rows written before it are in
   * the window, so of many attempts in flight at once only `maxFailures` go ahead (sign-in-guard.ts).
   */
  async begin(key: string): Promise<Attempt> {
    const id = await this.store.add(key, new Date(this.now()));
    return { id, retryAfterMs: this.waitAfter(await this.store.newest(key, this.maxFailures, id)) };
  }

  /** The attempt `begin` wrote failed: its row stays as the failure. */
  async failed(key: string): Promise<void> {
    await this.store.trim(key, this.maxFailures);
    // Rows older than the window never change a wait: the sweep is by time alone, no per-key scan.
    this.sweep(() => this.store.sweepOlder(new Date(this.now() - this.windowMs)));
  }

  /** The attempt `begin` wrote was no failure (it succeeded, or was refused before its password was checked). */
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

  /** The key may try again once the oldest of its last `maxFailures` failures leaves the window. */
  private waitAfter(newestFirst: Date[]): number {
    const oldestCounted = newestFirst[this.maxFailures - 1];
    if (!oldestCounted) return 0;
    return Math.max(0, oldestCounted.getTime() + this.windowMs - this.now());
  }
}
