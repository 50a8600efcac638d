import "server-only";

import path from "node:path";

import { createEngine, type Engine } from "./engine";
import { currentHost } from "./host";
import { postNotification } from "./notify";
import { getLastBaseUrl, getSettings } from "./settings";
import { openStore, type SimStore } from "./store";
import type { SimTask } from "./types";
import { presentTask } from "./view";

// The process-wide simulator instance (store + engine + background timer), kept on globalThis so a dev hot reload
// reuses the open database and never starts a second timer.

const TICK_MS = 500;

export interface SimRuntime {
  store: SimStore;
  engine: Engine;
  secret: string;
}

interface RuntimeHolder {
  __mjSimRuntime?: SimRuntime;
  __mjSimDataDir?: string;
  __mjSimTicker?: { timer: NodeJS.Timeout };
}

const holder = globalThis as unknown as RuntimeHolder;

function notifyTransition(task: SimTask, secret: string): void {
  const settings = getSettings();
  // An upstream that is down does not call back either: the callback of a transition during the outage is lost,
  // as a real proxy's would be (it never retries), and the studio must find out by reading.
  if (!task.notifyHook || settings.ignoreNotifyHook || settings.outage) return;
  const body = presentTask(task, {
    profile: settings.profile,
    baseUrl: getLastBaseUrl(),
    secret,
    ttlSeconds: settings.imageTtlSeconds,
    now: Date.now(),
  });
  postNotification(task.notifyHook, body);
}

function createRuntime(dataDir: string): SimRuntime {
  const store = openStore(dataDir);
  const secret = store.secret();
  const engine = createEngine({
    store,
    settings: getSettings,
    onTransition: (task) => notifyTransition(task, secret),
  });
  return { store, engine, secret };
}

export function getRuntime(): SimRuntime {
  holder.__mjSimRuntime ??= createRuntime(
    path.resolve(holder.__mjSimDataDir ?? currentHost().config.dataDir, "."),
  );
  return holder.__mjSimRuntime;
}

/** Points the simulator at another data directory (tests); the next call reopens the store there. */
export function configureSimulator(options: { dataDir: string }): void {
  holder.__mjSimRuntime?.store.close();
  holder.__mjSimRuntime = undefined;
  holder.__mjSimDataDir = options.dataDir;
}

/** How long the background tick sleeps at most; it wakes earlier when a running task is due to end. */
export function tickDelay(nextEnd: number | null, now: number): number {
  if (nextEnd === null) return TICK_MS;
  // +1 ms: a timer may fire a hair before the wall clock reaches the end, and would then find nothing to do.
  return Math.min(TICK_MS, Math.max(0, nextEnd - now + 1));
}

/**
 * Advances tasks at least every 500 ms even when nobody polls, so notifyHook callbacks fire on time, and exactly
 * when a task ends, so a SUCCESS is announced at its finishTime (not up to a tick later, which the benches would
 * count against the studio). Started on the first simulator request; `unref` keeps it from holding the process open.
 */
export function ensureTicker(): void {
  if (holder.__mjSimTicker) return;
  const ticker: { timer: NodeJS.Timeout } = { timer: setTimeout(tick, TICK_MS) };
  function schedule(delay: number): void {
    // Stopped (tests) or replaced meanwhile: this chain ends here.
    if (holder.__mjSimTicker !== ticker) return;
    ticker.timer = setTimeout(tick, delay);
    ticker.timer.unref();
  }
  function tick(): void {
    const runtime = holder.__mjSimRuntime;
    if (!runtime) return schedule(TICK_MS);
    runtime.engine
      .sync()
      .catch((error: unknown) => console.error("[simulator] background tick failed", error))
      .finally(() => schedule(tickDelay(runtime.engine.nextEnd(), Date.now())));
  }
  ticker.timer.unref();
  holder.__mjSimTicker = ticker;
}

/** Stops the timer (tests). */
export function stopTicker(): void {
  if (holder.__mjSimTicker) clearTimeout(holder.__mjSimTicker.timer);
  holder.__mjSimTicker = undefined;
}
