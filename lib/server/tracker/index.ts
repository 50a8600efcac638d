import "server-only";

import { env } from "@/env.mjs";
import { db } from "@/lib/server/db";
import { type TaskStatus } from "@/lib/schemas/task";

import { cancelTask } from "../tasks/cancel";
import { SYSTEM_VIEWER } from "../tasks/viewer";
import { MAX_IMAGE_ATTEMPTS, storeFinalImage, storePreview } from "../tasks/images";
import { nextSyncDelayMs } from "./backoff";
import { decide, type TrackedTask } from "./decide";
import { observeTasks } from "./observe";
import { forgetListingSupport, recoverUncertainSubmits } from "./recover-uncertain";

const TRACKED: TaskStatus[] = ["queued", "submitted", "running", "modal"];
const IMAGE_RETRIES_PER_TICK = 3;

interface TrackerState {
  started: boolean;
  timer: NodeJS.Timeout | null;
  ticking: boolean;
  failures: number;
  lastTickAt: Date | null;
  lastError: string | null;
  activeTasks: number;
  listUnsupported: boolean;
}

// One tracker per process, on globalThis so dev hot reloads do not start a second loop.
const g = globalThis as unknown as { mjStudioTracker?: TrackerState };
const state: TrackerState = (g.mjStudioTracker ??= {
  started: false,
  timer: null,
  ticking: false,
  failures: 0,
  lastTickAt: null,
  lastError: null,
  activeTasks: 0,
  listUnsupported: false,
});

export function startTracker(): void {
  if (state.started) return;
  state.started = true;
  schedule(1_000);
}

/** Ask for a sync soon (a new submit, or an upstream callback); batching still applies. */
export function wakeTracker(): void {
  if (!state.started || state.failures > 0) return;
  schedule(250);
}

/**
 * The upstream was changed (admin settings): what the tracker learnt about the old one — that it has no
 * list-by-condition, that it was failing — no longer holds, so probe afresh and sync soon.
 */
export function upstreamChanged(): void {
  state.listUnsupported = false;
  state.failures = 0;
  forgetListingSupport();
  wakeTracker();
}

export function trackerStatus() {
  return {
    running: state.started,
    activeTasks: state.activeTasks,
    lastTickAt: state.lastTickAt?.toISOString() ?? null,
  };
}

function schedule(delayMs: number): void {
  if (state.timer) clearTimeout(state.timer);
  state.timer = setTimeout(() => void runTick(), delayMs);
  state.timer.unref?.();
}

async function runTick(): Promise<void> {
  state.timer = null;
  if (state.ticking) return schedule(250);
  state.ticking = true;
  try {
    await syncOnce(new Date());
    state.failures = 0;
    state.lastError = null;
  } catch (error) {
    state.failures += 1;
    const message = error instanceof Error ? error.message : String(error);
    if (message !== state.lastError) console.warn(`[tracker] sync failed (${state.failures}x): ${message}`);
    state.lastError = message;
  } finally {
    state.ticking = false;
    state.lastTickAt = new Date();
    schedule(nextSyncDelayMs(state.failures, env.TRACKER_INTERVAL_MS));
  }
}

/** One pass: observe every unfinished task in one batch, apply decisions, fetch images. Exported for tests. */
export async function syncOnce(now: Date): Promise<void> {
  await failInterruptedSubmits(now);
  await recoverUncertainSubmits(now);
  const tasks = await db.task.findMany({ where: { status: { in: TRACKED }, upstreamId: { not: null } } });
  state.activeTasks = tasks.length;
  const handled = new Set<string>();
  if (tasks.length > 0) {
    const observed = await observeTasks(
      tasks.map((t) => t.upstreamId as string),
      state,
    );
    for (const task of tasks) {
      const upstream = observed.get(task.upstreamId as string) ?? null;
      const decision = decide(task as TrackedTask, upstream, now, {
        stallLimitMs: env.TRACKER_STALL_LIMIT_MS,
        vanishGraceMs: env.TRACKER_VANISH_GRACE_MS,
      });
      // Conditional write: a task someone else already finished is never moved again.
      const { count } = await db.task.updateMany({
        where: { id: task.id, status: { in: TRACKED } },
        data: decision.patch,
      });
      if (count === 0) continue;
      handled.add(task.id);
      if (decision.fetchFinalImage) await storeFinalImage(task.id, decision.fetchFinalImage);
      else if (decision.fetchPreview) await storePreview(task.id, decision.fetchPreview, task.previewPath);
    }
  }
  await retryMissingImages(handled);
  await cancelAbandonedDialogs(now);
}

// A dialog is abandoned when nobody submits or cancels it for TRACKER_MODAL_ABANDON_MS: it is cancelled the
// same way the Cancel button does it (upstream where supported, else in the studio only), never left waiting.
async function cancelAbandonedDialogs(now: Date): Promise<void> {
  const abandoned = await db.task.findMany({
    where: { status: "modal", lastChangeAt: { lt: new Date(now.getTime() - env.TRACKER_MODAL_ABANDON_MS) } },
    select: { id: true },
    take: 10,
  });
  for (const { id } of abandoned) {
    try {
      await cancelTask(id, SYSTEM_VIEWER);
    } catch (error) {
      console.warn(`[tracker] could not cancel abandoned dialog ${id}: ${(error as Error).message}`);
    }
  }
}

// A submit whose request died with its process (crash, restart) never learned its upstream id. It is not
// resent (that could pay twice); it is shown as failed so nothing spins forever.
async function failInterruptedSubmits(now: Date): Promise<void> {
  const cutoff = new Date(now.getTime() - env.MJ_TIMEOUT_MS - 30_000);
  await db.task.updateMany({
    where: { status: "submitting", createdAt: { lt: cutoff } },
    data: {
      status: "failed",
      failCode: "SUBMIT_INTERRUPTED",
      failReason: "The studio stopped while sending this task; it was not resent to avoid a double charge.",
      finishedAt: now,
      lastChangeAt: now,
    },
  });
}

/** Final images whose download failed (or never ran, e.g. a crash right after SUCCESS) get a few more tries. */
async function retryMissingImages(skip: Set<string>): Promise<void> {
  const pending = await db.task.findMany({
    where: {
      status: "succeeded",
      imagePath: null,
      upstreamImageUrl: { not: null },
      imageAttempts: { lt: MAX_IMAGE_ATTEMPTS },
    },
    take: IMAGE_RETRIES_PER_TICK,
    orderBy: { updatedAt: "asc" },
  });
  for (const task of pending) {
    if (!skip.has(task.id)) await storeFinalImage(task.id, task.upstreamImageUrl as string);
  }
}
