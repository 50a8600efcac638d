import "server-only";

import { env } from "@/env.mjs";
import { type UpstreamStateDto } from "@/lib/schemas/task";
import { db } from "@/lib/server/db";
import { publishUpstreamStateChanged } from "@/lib/server/events";
import { fetchTask, MjError } from "@/lib/server/mj";
import { onTrackerSignal } from "@/lib/server/signals";

import { TRACKED } from "./apply";
import { nextSyncDelayMs } from "./backoff";
import { applyCallbacks } from "./callback-apply";
import { callbackInbox } from "./callback-inbox";
import {
  afterFailure,
  afterSuccess,
  HEALTHY,
  planPass,
  unreachableSince,
  type UpstreamHealth,
} from "./outage";
import { syncOnce } from "./pass";
import { IDLE_PASS_MS } from "./poll-policy";
import { forgetListingSupport } from "./recover-uncertain";
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
  /** The poll policy's delay after the last successful pass (poll-policy.ts). */
  plannedDelayMs: number;
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
  plannedDelayMs: IDLE_PASS_MS,
});

export function startTracker(): void {
  if (state.started) return;
  state.started = true;
  state.scheduler = new TickScheduler({
    tick: runTick,
    nextDelayMs: () =>
      state.health.failures > 0
        ? nextSyncDelayMs(state.health.failures, env.TRACKER_INTERVAL_MS)
        : state.plannedDelayMs,
    intervalMs: () => env.TRACKER_INTERVAL_MS,
    wakeDelayMs: WAKE_DELAY_MS,
  });
  state.scheduler.start(1_000);
  // Verified callbacks are applied here, in the tracker's bundle (see callback-inbox.ts).
  callbackInbox().setApplier((batch) => applyCallbacks(batch, new Date()));
  onTrackerSignal((signal) => (signal === "wake" ? wakeTracker() : upstreamChanged()));
}

/**
 * A pass soon (a new submit, a settings change, asked through signals.ts). Coalesced: at most one early
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
  setHealth(afterSuccess());
  forgetListingSupport();
  callbackInbox().forgetUpstream();
  wakeTracker();
}

/** Every browser's banner follows the upstream's reachability: tell them the moment it flips, not on their next poll. */
function setHealth(health: UpstreamHealth): void {
  const wasUnreachable = unreachableSince(state.health) !== null;
  state.health = health;
  if ((unreachableSince(health) !== null) !== wasUnreachable) publishUpstreamStateChanged();
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
    const outcome = await syncOnce(now, state);
    state.activeTasks = outcome.tracked;
    state.plannedDelayMs = outcome.nextDelayMs;
    setHealth(afterSuccess());
    state.lastError = null;
  } catch (error) {
    setHealth(afterFailure(state.health, now, error instanceof MjError));
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
