import "server-only";

import type { UpstreamTask } from "@/lib/server/mj";

import { laterCallback } from "./callback-order";

/** How long callbacks gather before one batch is applied: a burst of transitions costs one read of the rows. */
export const CALLBACK_COALESCE_MS = 50;

/** Applies a batch; resolves whether any of it was for a task we track (only that proves callbacks reach us). */
export type CallbackApplier = (batch: UpstreamTask[]) => Promise<boolean>;

/**
 * Where the notify route leaves verified callbacks for the tracker. It keeps the latest observation per upstream
 * id (never one that is behind the one it replaces: callbacks arrive out of order) and hands them over as one
 * batch after a short delay, one batch at a time. The route answers at once; the upstream's sender thread never
 * waits for our database.
 *
 * The applier is the tracker's (set when it starts): route handlers and the tracker are separate bundles in Next,
 * and the tracker's bundle owns the one image queue, so the writes and the image work it queues happen there.
 *
 * It also tells the tracker whether callbacks are alive (poll-policy.ts reads less while they are). A valid token
 * is not enough for that: a callback for an id we do not track (another client's task, a late one from an upstream
 * we replaced) says nothing about whether OUR tasks will call back, so only a batch that met a tracked task counts.
 */
export class CallbackInbox {
  private pending = new Map<string, UpstreamTask>();
  private timer: NodeJS.Timeout | null = null;
  private applying: Promise<void> = Promise.resolve();
  private applier: CallbackApplier | null = null;
  private lastValidAt: number | null = null;
  /** When the newest callback in `pending` arrived, and under which upstream. */
  private pendingReceivedAt = 0;
  private pendingGeneration = 0;
  /** Bumped when the upstream changes, so a batch from before the change never counts for the new one. */
  private upstreamGeneration = 0;
  /** When the upstream last changed, to weigh what another instance says about callbacks (noteCallbackFromPeer). */
  private upstreamChangedAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly delayMs = CALLBACK_COALESCE_MS,
    private readonly now: () => number = Date.now,
  ) {}

  setApplier(applier: CallbackApplier | null): void {
    this.applier = applier;
  }

  /** A callback whose token and body checked out. */
  receive(task: UpstreamTask): void {
    this.pendingReceivedAt = this.now();
    this.pendingGeneration = this.upstreamGeneration;
    const held = this.pending.get(task.upstreamId);
    this.pending.set(task.upstreamId, held ? laterCallback(held, task) : task);
    if (this.timer) return;
    this.timer = setTimeout(() => this.flush(), this.delayMs);
    this.timer.unref?.();
  }

  /** When the last callback for a task we track arrived from the upstream in use, or null (none yet, or changed). */
  lastCallbackAt(): number | null {
    return this.lastValidAt;
  }

  /** The upstream was changed: whether the old one called back says nothing about the new one. */
  forgetUpstream(): void {
    this.lastValidAt = null;
    this.upstreamGeneration += 1;
    this.upstreamChangedAt = this.now();
  }

  /**
   * Another instance applied a callback that met a task we track (several instances: each applies the callbacks
   * it receives, lib/server/cluster tells the others), so the poll policy here may count on callbacks too. One
   * received before the upstream changed here says nothing about the new upstream.
   */
  noteCallbackFromPeer(receivedAt: number): void {
    if (receivedAt < this.upstreamChangedAt) return;
    this.lastValidAt = Math.max(this.lastValidAt ?? 0, Math.min(receivedAt, this.now()));
  }

  /** Resolves once every callback received so far has been applied (tests, and a clean shutdown). */
  async idle(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.flush();
    }
    await this.applying;
  }

  private flush(): void {
    this.timer = null;
    const batch = [...this.pending.values()];
    this.pending = new Map();
    const applier = this.applier;
    // With no tracker running nobody can apply them: the tracker's first pass reads those tasks anyway.
    if (!applier || batch.length === 0) return;
    const receivedAt = this.pendingReceivedAt;
    const generation = this.pendingGeneration;
    this.applying = this.applying.then(() =>
      applier(batch).then(
        (metTrackedTask) => {
          if (metTrackedTask && generation === this.upstreamGeneration)
            this.lastValidAt = Math.max(this.lastValidAt ?? 0, receivedAt);
        },
        (error: unknown) => {
          // Nothing is lost: tasks not heard from are read by the tracker's safety net.
          console.warn(`[tracker] applying callbacks failed: ${(error as Error).message}`);
        },
      ),
    );
  }
}

const g = globalThis as unknown as { mjStudioCallbackInbox?: CallbackInbox };

/** The process's one inbox, on globalThis so the notify route and the tracker share it. */
export function callbackInbox(): CallbackInbox {
  return (g.mjStudioCallbackInbox ??= new CallbackInbox());
}
