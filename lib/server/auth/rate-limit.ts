import "server-only";

// Failed sign-ins per client IP (only when a trusted proxy names it) in a sliding window; accounts get the
// gentler SignInDelay instead. In memory: the studio is one process, and a restart forgetting the counts is
// acceptable.

interface Bucket {
  failures: number[];
}

export class FailureLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly maxFailures: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Milliseconds until this key may try again, or 0 when it may try now. */
  retryAfterMs(key: string): number {
    const bucket = this.prune(key);
    if (!bucket || bucket.failures.length < this.maxFailures) return 0;
    const oldest = bucket.failures[bucket.failures.length - this.maxFailures] ?? this.now();
    return Math.max(0, oldest + this.windowMs - this.now());
  }

  recordFailure(key: string): void {
    const bucket = this.prune(key) ?? { failures: [] };
    bucket.failures.push(this.now());
    this.buckets.set(key, bucket);
  }

  reset(key: string): void {
    this.buckets.delete(key);
  }

  private prune(key: string): Bucket | undefined {
    const bucket = this.buckets.get(key);
    if (!bucket) return undefined;
    const cutoff = this.now() - this.windowMs;
    bucket.failures = bucket.failures.filter((at) => at > cutoff);
    if (bucket.failures.length === 0) {
      this.buckets.delete(key);
      return undefined;
    }
    return bucket;
  }
}
