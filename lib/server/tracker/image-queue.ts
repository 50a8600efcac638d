import "server-only";

import { env } from "@/env.mjs";

import { storeFinalImage, storePreview } from "./images";

// Image downloads and sharp encoding run here, in a small bounded pool behind the tracker (which also applies the
// notify route's callbacks) instead of inside it: API requests share the process's two cores with this work, and a
// pass (or a batch of callbacks) must not wait for an image before it moves on to the next task.
//
// The queue lives in memory only, and losing it on a restart is safe: a succeeded task whose final image was never
// stored (imagePath null, no error yet) is found again by missing-images.ts on the tracker's next pass, and a
// progress preview is disposable (the next observation brings a newer one, the final image replaces it anyway).

/** A task's progress preview is fetched at most once per this gap; previews arriving sooner replace each other. */
export const PREVIEW_GAP_MS = 3_000;

type Kind = "final" | "preview";

/** Finals waiting, oldest first; one per task. */
const finals = new Map<string, string>();
/** The newest preview of each task, waiting for a worker and for its task's gap to pass. */
const previews = new Map<string, string>();
/** When each task's last preview fetch started (entries older than the gap are pruned). */
const lastPreviewAt = new Map<string, number>();
/** At most one job per task runs at a time, so a preview never lands after its task's final image. */
const running = new Map<string, Kind>();
let wakeTimer: ReturnType<typeof setTimeout> | null = null;
let idleWaiters: (() => void)[] = [];

function workers(): number {
  return env.IMAGE_WORKERS;
}

export function queueFinalImage(taskId: string, url: string): void {
  finals.set(taskId, url);
  // The final image replaces any preview, so a waiting one is never fetched.
  previews.delete(taskId);
  pump();
}

export function queuePreview(taskId: string, url: string): void {
  if (finals.has(taskId) || running.get(taskId) === "final") return;
  previews.set(taskId, url);
  pump();
}

/** Whether an image of this task is waiting or being stored (a retry pass leaves it alone). */
export function imageWorkPending(taskId: string): boolean {
  return finals.has(taskId) || previews.has(taskId) || running.has(taskId);
}

/** Resolves when nothing is waiting or running (tests, shutdown). */
export function imageQueueIdle(): Promise<void> {
  if (isIdle()) return Promise.resolve();
  return new Promise((resolve) => idleWaiters.push(resolve));
}

/**
 * Forgets the work that has not started (the tracker stopped: this instance lost the leadership). Jobs already
 * running finish, and the returned promise waits for them. Nothing is lost: a final image never stored is found
 * again by the next leader's missing-images.ts, and previews are disposable.
 */
export function dropWaitingImageWork(): Promise<void> {
  finals.clear();
  previews.clear();
  if (wakeTimer) clearTimeout(wakeTimer);
  wakeTimer = null;
  const idle = imageQueueIdle();
  pump();
  return idle;
}

function isIdle(): boolean {
  return finals.size === 0 && previews.size === 0 && running.size === 0;
}

/** Starts jobs while workers are free: finals first (oldest first), then previews whose gap has passed. */
function pump(): void {
  while (running.size < workers()) {
    const job = nextJob(Date.now());
    if (!job) break;
    void run(job.taskId, job.kind, job.url);
  }
  scheduleWake(Date.now());
  if (isIdle()) {
    const waiters = idleWaiters;
    idleWaiters = [];
    for (const resolve of waiters) resolve();
  }
}

function nextJob(now: number): { taskId: string; kind: Kind; url: string } | null {
  for (const [taskId, url] of finals) {
    if (running.has(taskId)) continue;
    finals.delete(taskId);
    return { taskId, kind: "final", url };
  }
  for (const [taskId, url] of previews) {
    if (running.has(taskId) || now < previewDueAt(taskId)) continue;
    previews.delete(taskId);
    lastPreviewAt.set(taskId, now);
    return { taskId, kind: "preview", url };
  }
  return null;
}

function previewDueAt(taskId: string): number {
  return (lastPreviewAt.get(taskId) ?? -Infinity) + PREVIEW_GAP_MS;
}

/** One timer for the earliest waiting preview whose gap has not passed yet (a free worker then picks it). */
function scheduleWake(now: number): void {
  if (wakeTimer) clearTimeout(wakeTimer);
  wakeTimer = null;
  for (const [taskId, at] of lastPreviewAt) if (now - at >= PREVIEW_GAP_MS) lastPreviewAt.delete(taskId);
  if (running.size >= workers()) return; // a finishing job pumps again
  let earliest = Infinity;
  for (const taskId of previews.keys()) {
    if (!running.has(taskId)) earliest = Math.min(earliest, previewDueAt(taskId));
  }
  if (earliest === Infinity) return;
  wakeTimer = setTimeout(pump, Math.max(0, earliest - now));
  wakeTimer.unref?.();
}

async function run(taskId: string, kind: Kind, url: string): Promise<void> {
  running.set(taskId, kind);
  try {
    if (kind === "final") await storeFinalImage(taskId, url);
    else await storePreview(taskId, url);
  } catch (error) {
    // Both store functions record their own failures; this only keeps an unexpected throw from stopping the pool.
    const reason = error instanceof Error ? error.message : "unknown error";
    console.warn(`[images] ${kind} image of ${taskId} failed: ${reason}`);
  } finally {
    running.delete(taskId);
    if (kind === "final") lastPreviewAt.delete(taskId);
    pump();
  }
}
