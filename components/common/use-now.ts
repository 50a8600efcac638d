import { useSyncExternalStore } from "react";

// One shared ticking clock for all relative times on the page instead of one timer per tile.
const TICK_MS = 30_000;
let now = Date.now();
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | undefined;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (!timer) {
    timer = setInterval(() => {
      now = Date.now();
      listeners.forEach((l) => l());
    }, TICK_MS);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

function getSnapshot(): number {
  // The clock may have slept while nothing was subscribed; refresh it before anyone reads a stale value.
  if (!timer && Date.now() - now > TICK_MS) now = Date.now();
  return now;
}

/** The current time, refreshed every 30 s; null during SSR and hydration (the server's clock is not the viewer's). */
export function useNow(): number | null {
  return useSyncExternalStore(subscribe, getSnapshot, () => null);
}
