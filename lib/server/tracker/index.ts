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
import { dropWaitingImageWork } from "./image-queue";
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
  /** Stops listening to signals.ts; set while running. */
  stopListening: (() => void) | null;
  /** Whether startTracker() installed the callback inbox's applier (and stopTracker() must remove it). */
  ownsCallbackApplier: boolean;
  /** 0 with one instance; PEER_IMAGE_GRACE_MS when other instances apply callbacks (and store their images). */
  neverTriedImageGraceMs: number;
  /** On an instance that does not run the tracker: the leader's upstream state, as it last told us (cluster). */
  leaderUpstream: UpstreamStateDto;
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
  stopListening: null,
  ownsCallbackApplier: false,
  neverTriedImageGraceMs: 0,
  leaderUpstream: { unreachableSince: null },
});

export interface StartTrackerOptions {
  /**
   * Apply verified callbacks in this tracker (the default, one instance). With several instances every
   * instance applies the callbacks it receives itself (lib/server/cluster installs that applier), so the
   * elected tracker leaves the inbox alone.
   */
  applyCallbacks?: boolean;
}

/**
 * With several instances, how long after a task finished this tracker waits before storing an image nobody tried
 * yet: the instance that received the SUCCESS callback is storing it (missing-images.ts).
 */
const PEER_IMAGE_GRACE_MS = 60_000;

export function startTracker(options: StartTrackerOptions = {}): void {
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
  state.ownsCallbackApplier = options.applyCallbacks ?? true;
  state.neverTriedImageGraceMs = state.ownsCallbackApplier ? 0 : PEER_IMAGE_GRACE_MS;
  if (state.ownsCallbackApplier) callbackInbox().setApplier((batch) => applyCallbacks(batch, new Date()));
  state.stopListening = onTrackerSignal((signal) => (signal === "wake" ? wakeTracker() : upstreamChanged()));
}

/**
 * Stops the tracker at once: no new pass starts, signals are no longer heard, and image work that has not started
 * is dropped (another instance's tracker takes over; see lib/server/cluster). Resolves when the pass and the image
 * jobs already running have finished. startTracker() may run it again later.
 */
export async function stopTracker(): Promise<void> {
  if (!state.started) return;
  state.started = false;
  state.stopListening?.();
  state.stopListening = null;
  if (state.ownsCallbackApplier) callbackInbox().setApplier(null);
  state.ownsCallbackApplier = false;
  const scheduler = state.scheduler;
  state.scheduler = null;
  await Promise.all([scheduler?.stop(), dropWaitingImageWork()]);
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

/**
 * For every open browser (via the changes poll): since when the upstream has been unreachable, or null. An
 * instance that does not run the tracker reports what the one that does last told it.
 */
export function upstreamStateForBrowsers(): UpstreamStateDto {
  if (!state.started) return state.leaderUpstream;
  return { unreachableSince: unreachableSince(state.health)?.toISOString() ?? null };
}

/** What the instance running the tracker says about the upstream (lib/server/cluster carries it here). */
export function followLeaderUpstreamState(upstream: UpstreamStateDto): void {
  state.leaderUpstream = upstream;
}

async function runTick(): Promise<void> {
  const now = new Date();
  try {
    const plan = planPass(state.health, await oldestTrackedUpstreamId());
    // While failing, one light read decides whether the upstream is back before syncing every task.
    if (plan.kind === "probe") await fetchTask(plan.upstreamId);
    const outcome = await syncOnce(now, state, state.neverTriedImageGraceMs);
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
