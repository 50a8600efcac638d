import "server-only";

import { env } from "@/env.mjs";
import { type UpstreamStateDto } from "@/lib/schemas/task";
import { db } from "@/lib/server/db";
import { fetchTask, MjError } from "@/lib/server/mj";
import { onTrackerSignal } from "@/lib/server/signals";

import { applyObservation, TRACKED } from "./apply";
import { nextSyncDelayMs } from "./backoff";
import { cancelAbandonedDialogs } from "./cancel-waiting";
import type { TrackedTask } from "./decide";
import { retryMissingImages } from "./missing-images";
import { observeTasks } from "./observe";
import {
  afterFailure,
  afterSuccess,
  HEALTHY,
  planPass,
  unreachableSince,
  type UpstreamHealth,
} from "./outage";
import { forgetListingSupport, recoverUncertainSubmits } from "./recover-uncertain";
import { TickScheduler } from "./scheduler";

/** A granted wake runs this soon, so a burst of submits still lands in one batch. */
const WAKE_DELAY_MS = 250;

interface TrackerState {
  started: boolean;
  scheduler: TickScheduler | null;
  health: UpstreamHealth;
  lastTickAt: Date | null;
  lastError: string | null;
  activeTasks: number;
  listUnsupported: boolean;
}

// One tracker per process, on globalThis so dev hot reloads do not start a second loop.
const g = globalThis as unknown as { mjStudioTracker?: TrackerState };
const state: TrackerState = (g.mjStudioTracker ??= {
  started: false,
  scheduler: null,
  health: HEALTHY,
  lastTickAt: null,
  lastError: null,
  activeTasks: 0,
  listUnsupported: false,
});

export function startTracker(): void {
  if (state.started) return;
  state.started = true;
  state.scheduler = new TickScheduler({
    tick: runTick,
    nextDelayMs: () => nextSyncDelayMs(state.health.failures, env.TRACKER_INTERVAL_MS),
    intervalMs: () => env.TRACKER_INTERVAL_MS,
    wakeDelayMs: WAKE_DELAY_MS,
  });
  state.scheduler.start(1_000);
  onTrackerSignal((signal) => (signal === "wake" ? wakeTracker() : upstreamChanged()));
}

/**
 * A sync soon (a new submit or an upstream callback, asked through signals.ts). Coalesced: at most one early
 * pass per interval, and never later than the pass already planned. While failing, the backoff's probes decide instead.
 */
function wakeTracker(): void {
  if (!state.started || state.health.failures > 0) return;
  state.scheduler?.wake();
}

/**
 * The upstream was changed (admin settings): what the tracker learnt about the old one — that it has no
 * list-by-condition, that it was failing — no longer holds, so probe afresh and sync soon.
 */
function upstreamChanged(): void {
  state.listUnsupported = false;
  state.health = afterSuccess();
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

/** For every open browser (via the changes poll): since when the upstream has been unreachable, or null. */
export function upstreamStateForBrowsers(): UpstreamStateDto {
  return { unreachableSince: unreachableSince(state.health)?.toISOString() ?? null };
}

async function runTick(): Promise<void> {
  const now = new Date();
  try {
    const plan = planPass(state.health, await oldestTrackedUpstreamId());
    // While failing, one light read decides whether the upstream is back before syncing every task.
    if (plan.kind === "probe") await fetchTask(plan.upstreamId);
    await syncOnce(now);
    state.health = afterSuccess();
    state.lastError = null;
  } catch (error) {
    state.health = afterFailure(state.health, now, error instanceof MjError);
    const message = error instanceof Error ? error.message : String(error);
    if (message !== state.lastError)
      console.warn(`[tracker] sync failed (${state.health.failures}x): ${message}`);
    state.lastError = message;
  } finally {
    state.lastTickAt = new Date();
  }
}

/** The task the upstream has not been asked about for longest: the one a probe reads. */
async function oldestTrackedUpstreamId(): Promise<string | null> {
  if (state.health.failures === 0) return null;
  const task = await db.task.findFirst({
    where: { status: { in: TRACKED }, upstreamId: { not: null } },
    orderBy: { lastSyncedAt: "asc" },
    select: { upstreamId: true },
  });
  return task?.upstreamId ?? null;
}

/** One pass: observe every unfinished task in one batch, apply decisions, fetch images. Exported for tests. */
export async function syncOnce(now: Date): Promise<void> {
  await checkInterruptedSubmits(now);
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
      if (await applyObservation(task as TrackedTask & { id: string }, upstream, now)) handled.add(task.id);
    }
  }
  await retryMissingImages(handled, now);
  await cancelAbandonedDialogs(now, env.TRACKER_MODAL_ABANDON_MS);
}

// A submit whose request died with its process (crash, restart) never learned its upstream id. It is not
// resent (that could pay twice); the upstream may still have accepted it, so it is searched for like a lost
// answer ("checking", see recover-uncertain.ts), which fails it in words if it never shows up.
async function checkInterruptedSubmits(now: Date): Promise<void> {
  const cutoff = new Date(now.getTime() - env.MJ_TIMEOUT_MS - 30_000);
  await db.task.updateMany({
    where: { status: "submitting", createdAt: { lt: cutoff } },
    data: {
      status: "checking",
      failCode: "SUBMIT_UNCERTAIN",
      failReason:
        "The studio stopped while sending this task. Checking whether Midjourney received it; it is not resent, so you are not charged twice.",
      lastChangeAt: now,
    },
  });
}
