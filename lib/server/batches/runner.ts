import "server-only";

import { db } from "@/lib/server/db";
import { onTrackerSignal } from "@/lib/server/signals";

import { resumeInterruptedJobs, runQueueStep } from "./queue";

// The batch queue's loop, one per process (on globalThis, so a dev hot reload does not start a second). It runs
// where the tracker runs: with several instances only the elected one sends (the `isLeader` it is given), and a
// job is also taken with a conditional write, so even two instances briefly both leading cannot send one job
// twice (and its key would make the second send a replay).

/** While batches are active: how often the queue looks for a free place (a finished job frees one). */
const ACTIVE_STEP_MS = 1_000;
/** With no active batch: a slow look, in case a batch was created where no wake reached us. */
const IDLE_STEP_MS = 5_000;
/** A wake (a batch created, a task submitted) steps this soon, so a burst lands in one step. */
const WAKE_DELAY_MS = 200;
/** Steps in a row while each sends something: enough for every active batch to fill its places. */
const MAX_STEPS_PER_TICK = 10;

interface QueueState {
  timer: ReturnType<typeof setTimeout> | null;
  running: boolean;
  leading: boolean;
  stopListening: (() => void) | null;
}

const g = globalThis as unknown as { mjStudioBatchQueue?: QueueState };

function schedule(state: QueueState, delayMs: number, isLeader: () => boolean): void {
  if (state.timer) clearTimeout(state.timer);
  state.timer = setTimeout(() => void tick(state, isLeader), delayMs);
  state.timer.unref?.();
}

async function tick(state: QueueState, isLeader: () => boolean): Promise<void> {
  state.timer = null;
  if (state.running) return;
  state.running = true;
  let active = false;
  try {
    const leading = isLeader();
    // Just took over (start-up, or elected): jobs interrupted mid-send go back to the queue first.
    if (leading && !state.leading) {
      const resumed = await resumeInterruptedJobs();
      if (resumed > 0) console.info(`[batches] resumed ${resumed} interrupted job(s)`);
    }
    state.leading = leading;
    if (leading) {
      for (let step = 0; step < MAX_STEPS_PER_TICK; step += 1) {
        const sent = await runQueueStep();
        active = active || sent > 0;
        if (sent === 0) break;
      }
      active = active || (await hasActiveBatch());
    }
  } catch (error) {
    console.warn("[batches] queue step failed", error);
  } finally {
    state.running = false;
    if (!state.timer) schedule(state, active ? ACTIVE_STEP_MS : IDLE_STEP_MS, isLeader);
  }
}

async function hasActiveBatch(): Promise<boolean> {
  return (await db.batch.count({ where: { status: "active" } })) > 0;
}

/** Starts the loop (once per process). `isLeader` says whether this instance runs the tracker right now. */
export function startBatchQueue(isLeader: () => boolean = () => true): void {
  if (g.mjStudioBatchQueue) return;
  const state: QueueState = { timer: null, running: false, leading: false, stopListening: null };
  g.mjStudioBatchQueue = state;
  state.stopListening = onTrackerSignal((signal) => {
    if (signal === "wake" && !state.running) schedule(state, WAKE_DELAY_MS, isLeader);
  });
  schedule(state, WAKE_DELAY_MS, isLeader);
}
