import "server-only";

import fs from "node:fs/promises";
import path from "node:path";

import { newTaskId } from "./ids";
import {
  type Admission,
  advanceTasks,
  decideAdmission,
  nextEndAfter,
  reachedProgress,
  SUBMITTED_SHARE,
  shouldNotify,
  TERMINAL,
} from "./lifecycle";
import { renderImages } from "./render";
import { admissionDescription, rejections } from "./respond";
import type { SimStore } from "./store";
import { isRejection, type SimRejection, type SimSettings, type SimTask } from "./types";
import { renderVideoFiles } from "./video-files";

// The impure shell around lifecycle.ts: loads unfinished tasks, advances them to "now", makes sure their images
// exist before anyone can see a URL for them, persists, and reports transitions. All mutations run one at a time
// through a promise-chain lock so two requests cannot both start the same queued task or double-notify.

export interface EngineDeps {
  store: SimStore;
  settings: () => SimSettings;
  now?: () => number;
  render?: typeof renderImages;
  renderVideo?: typeof renderVideoFiles;
  /** Called after a transition worth a notifyHook callback has been persisted. */
  onTransition?: (task: SimTask) => void;
}

export interface AdmitResult {
  admission: Admission;
  /** null when the queue was full and nothing was created. */
  task: SimTask | null;
}

export interface Engine {
  sync(): Promise<void>;
  /** When the next running task ends (as of the latest sync), so the background tick can wake right then. */
  nextEnd(): number | null;
  /** Creates a task through the queue (codes 1 / 22 / 23). */
  admit(build: (id: string, now: number) => SimTask): Promise<AdmitResult>;
  /** Creates a task waiting for /submit/modal; it takes no slot and no queue place. */
  createModal(build: (id: string, now: number) => SimTask): Promise<SimTask>;
  /** Moves a MODAL task into the queue after `update` validated and patched it. */
  confirmModal(
    taskId: string,
    update: (task: SimTask) => SimTask | SimRejection,
  ): Promise<AdmitResult | SimRejection>;
  cancel(taskId: string): Promise<SimTask | SimRejection>;
  store: SimStore;
}

function needsImagesNow(task: SimTask): boolean {
  return task.images !== null && (task.status === "SUCCESS" || reachedProgress(task));
}

/** Tasks that will show a preview at some point get their files rendered right away, off the request path. */
function willShowImages(task: SimTask): boolean {
  return task.plan.outcome === "success" || task.plan.atFraction > SUBMITTED_SHARE;
}

export function createEngine(deps: EngineDeps): Engine {
  const { store } = deps;
  const now = deps.now ?? Date.now;
  const render = deps.render ?? renderImages;
  const renderVideo = deps.renderVideo ?? renderVideoFiles;
  const inflight = new Map<string, Promise<void>>();
  let upcomingEnd: number | null = null;
  let chain: Promise<unknown> = Promise.resolve();

  function locked<T>(fn: () => Promise<T> | T): Promise<T> {
    const run = chain.then(fn);
    chain = run.catch(() => undefined);
    return run;
  }

  async function ensureFiles(task: SimTask): Promise<void> {
    const images = task.images;
    if (!images) return;
    const existing = inflight.get(task.id);
    if (existing) return existing;
    const dir = path.join(store.imagesDir, task.id);
    const job = Promise.all([
      fs.access(path.join(dir, images.final.name)),
      fs.access(path.join(dir, images.preview.name)),
    ])
      .then(() => undefined)
      .catch(() =>
        task.video
          ? renderVideo(store.imagesDir, task.id, task.video, task.render.aspect, images)
          : render(store.imagesDir, task.id, task.render, images),
      )
      .finally(() => inflight.delete(task.id));
    inflight.set(task.id, job);
    return job;
  }

  function prerender(task: SimTask): void {
    if (task.images && willShowImages(task)) {
      ensureFiles(task).catch((error: unknown) => console.error("[simulator] render failed", task.id, error));
    }
  }

  async function syncUnlocked(at: number): Promise<void> {
    const active = store.listActive();
    const before = new Map(active.map((t) => [t.id, t]));
    const changed = advanceTasks(active, at, deps.settings().concurrency);
    for (const [i, task] of changed.entries()) {
      if (!needsImagesNow(task)) continue;
      try {
        await ensureFiles(task);
      } catch (error) {
        console.error("[simulator] render failed", task.id, error);
        changed[i] = {
          ...task,
          status: "FAILURE",
          progress: "",
          finishTime: at,
          failReason: "[Internal Server Error] render failed",
        };
      }
    }
    store.saveMany(changed);
    const changedById = new Map(changed.map((t) => [t.id, t]));
    upcomingEnd = nextEndAfter(
      active.map((t) => changedById.get(t.id) ?? t),
      at,
    );
    for (const task of changed) {
      const prev = before.get(task.id);
      if (prev && shouldNotify(prev, task)) deps.onTransition?.(task);
    }
  }

  async function admitUnlocked(task: SimTask, at: number): Promise<Admission> {
    await syncUnlocked(at);
    const admission = decideAdmission(store.listActive(), deps.settings());
    if (admission.kind === "full") return admission;
    store.save({
      ...task,
      status: "NOT_START",
      progress: null,
      queuedAt: at,
      submitDescription: admissionDescription(admission),
    });
    await syncUnlocked(at);
    return admission;
  }

  // A bound function: newTaskId calls it on its own, away from `store`.
  const idTaken = (id: string) => store.has(id);
  return {
    store,
    sync: () => locked(() => syncUnlocked(now())),
    nextEnd: () => upcomingEnd,

    admit: (build) =>
      locked(async () => {
        const at = now();
        const task = build(newTaskId(at, idTaken), at);
        const admission = await admitUnlocked(task, at);
        if (admission.kind === "full") return { admission, task: null };
        prerender(task);
        return { admission, task: store.get(task.id) };
      }),

    createModal: (build) =>
      locked(() => {
        const at = now();
        const task: SimTask = {
          ...build(newTaskId(at, idTaken), at),
          status: "MODAL",
          progress: null,
          queuedAt: null,
        };
        store.save(task);
        return task;
      }),

    confirmModal: (taskId, update) =>
      locked(async () => {
        const at = now();
        const task = store.get(taskId);
        if (!task) return rejections.taskMissing();
        if (task.status !== "MODAL") return rejections.taskState();
        const patched = update(task);
        if (isRejection(patched)) return patched;
        const admission = await admitUnlocked(patched, at);
        if (admission.kind === "full") return { admission, task: null };
        prerender(patched);
        return { admission, task: store.get(taskId) };
      }),

    cancel: (taskId) =>
      locked(async () => {
        const at = now();
        await syncUnlocked(at);
        const task = store.get(taskId);
        if (!task) return rejections.taskMissing();
        if (TERMINAL.has(task.status)) return rejections.taskState();
        const cancelled: SimTask = { ...task, status: "CANCEL", finishTime: at, failReason: null };
        store.save(cancelled);
        deps.onTransition?.(cancelled);
        // The freed slot goes to the next queued task right away.
        await syncUnlocked(at);
        return cancelled;
      }),
  };
}
