import "server-only";

import { AppError } from "@/lib/errors";

// The queue's decisions, pure: which job of a batch goes next, and what one submit's answer means for its job.
// queue.ts does the reading and writing around them.

/**
 * At most this many jobs of one member's batches are in flight upstream at once (sent and not finished). The
 * proxies run 3 jobs per account at once by default and keep 10 waiting (mj-api.md 7, `core-size` 3, `queue-size`
 * 10); the studio has no setting for the account's real size, so a member's batches take at most those 3 running
 * places and never fill the waiting queue that teammates' own submits need.
 */
export const BATCH_IN_FLIGHT = 3;

/** A job that keeps meeting a full queue waits 5 s, 10 s, 20 s… up to a minute between tries. */
export function queueFullBackoffMs(attempts: number): number {
  return Math.min(60_000, 5_000 * 2 ** Math.max(0, attempts - 1));
}

/** Errors we did not expect (a database hiccup) are tried again this often before the job is given up. */
export const MAX_UNEXPECTED_ATTEMPTS = 5;

export interface JobView {
  id: string;
  position: number;
  status: string;
  retryAt: Date | null;
}

/**
 * The next job to send, or null. Jobs go in their expansion order: while the first unsent one waits for a full
 * queue nothing behind it jumps ahead (the queue is full for them too), and nothing is sent while `inFlight`
 * jobs of the batch are still running upstream.
 */
export function nextJob<J extends JobView>(jobs: readonly J[], inFlight: number, now: Date): J | null {
  if (inFlight >= BATCH_IN_FLIGHT) return null;
  const first = [...jobs]
    .filter((job) => job.status === "pending")
    .sort((a, b) => a.position - b.position)[0];
  if (!first) return null;
  if (first.retryAt && first.retryAt.getTime() > now.getTime()) return null;
  return first;
}

/** What becomes of a job after its submit, as the fields to write. */
export type JobOutcome =
  | { status: "submitted"; taskId: string }
  | { status: "pending"; attempts: number; retryAt: Date }
  | { status: "failed"; failCode: string; failReason: string; taskId?: string };

/**
 * Reads one submit's answer:
 * - accepted (code 1, or 22 "queued": the upstream took it) → submitted, pointing to its task;
 * - queue full (23, TRUE's 9 "队列已满", the aggregator's 429 code 30): nothing was accepted, so wait and try the
 *   SAME job again later (with the same key, so even a mistaken "full" can never bill twice);
 * - an answer lost in flight: the upstream may have taken it, so it is never sent again; the submit protocol kept
 *   a "checking" task that the tracker looks for upstream, and the job points to it;
 * - any other refusal (banned prompt, daily limit, rejected, a reference gone) → failed, in words;
 * - an error we did not expect (not an AppError): tried again a few times; the per-job key makes that safe.
 */
export function jobOutcome(
  result: { ok: true; taskId: string } | { ok: false; error: unknown },
  attempts: number,
  now: Date,
): JobOutcome {
  if (result.ok) return { status: "submitted", taskId: result.taskId };
  const { error } = result;
  if (error instanceof AppError) {
    const keptTask = error.details?.taskId;
    if (typeof keptTask === "string") return { status: "submitted", taskId: keptTask };
    if (error.code === "upstream_queue_full") return retryLater(attempts + 1, now);
    return { status: "failed", failCode: error.code, failReason: error.message };
  }
  if (attempts + 1 >= MAX_UNEXPECTED_ATTEMPTS) {
    return {
      status: "failed",
      failCode: "internal",
      failReason: "The studio could not send this job; nothing more will be tried.",
    };
  }
  return retryLater(attempts + 1, now);
}

function retryLater(attempts: number, now: Date): JobOutcome {
  return { status: "pending", attempts, retryAt: new Date(now.getTime() + queueFullBackoffMs(attempts)) };
}
