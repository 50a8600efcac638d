import "server-only";

import { storeFinalImage, storePreview } from "./images";

// Image downloads and sharp encoding run here, one at a time, behind the tracker and the notify route instead of
// inside them: API requests share the process's two cores with this work, and a pass (or a callback) must not
// wait for an image before it moves on to the next task.

type Job = { kind: "final"; url: string } | { kind: "preview"; url: string };

/** At most one job per task: a final image replaces a waiting preview, a newer preview replaces an older one. */
const waiting = new Map<string, Job>();
const running = new Set<string>();
let draining: Promise<void> | null = null;

export function queueFinalImage(taskId: string, url: string): void {
  waiting.set(taskId, { kind: "final", url });
  drainSoon();
}

export function queuePreview(taskId: string, url: string): void {
  if (waiting.get(taskId)?.kind === "final") return;
  waiting.set(taskId, { kind: "preview", url });
  drainSoon();
}

/** Whether an image of this task is waiting or being stored (a retry pass leaves it alone). */
export function imageWorkPending(taskId: string): boolean {
  return waiting.has(taskId) || running.has(taskId);
}

/** Resolves when nothing is waiting or running (tests, shutdown). */
export async function imageQueueIdle(): Promise<void> {
  while (draining) await draining;
}

function drainSoon(): void {
  draining ??= drain().finally(() => {
    draining = null;
  });
}

async function drain(): Promise<void> {
  for (const [taskId, job] of waiting) {
    waiting.delete(taskId);
    running.add(taskId);
    try {
      if (job.kind === "final") await storeFinalImage(taskId, job.url);
      else await storePreview(taskId, job.url);
    } finally {
      running.delete(taskId);
    }
  }
}
