import "server-only";

// Tiny signals from the layers above to the tracker below, so that submit code and admin settings can say
// "sync soon" or "the upstream changed" without importing the tracker (which imports them). The tracker
// listens once it starts; with no tracker running a signal is simply dropped.
//
// Route handlers and the tracker (started from instrumentation.ts) are separate bundles in Next, so module
// state is not shared between them; the listeners live on globalThis, which they all see.

export type TrackerSignal =
  /** A submit: a task may have changed, look soon. (Upstream callbacks go through tracker/callback-inbox.ts.) */
  | "wake"
  /** An admin saved other upstream settings: what was learnt about the old upstream no longer holds. */
  | "upstream-changed";

type Listener = (signal: TrackerSignal) => void;

const g = globalThis as unknown as { mjStudioTrackerListeners?: Set<Listener> };
const listeners = (g.mjStudioTrackerListeners ??= new Set());

/** Ask for a sync soon. Coalesced by the tracker: a burst of submits still lands in one batch. */
export function wakeTracker(): void {
  signalTracker("wake");
}

export function signalTracker(signal: TrackerSignal): void {
  for (const listener of listeners) listener(signal);
}

/** The tracker's subscription; returns how to stop listening. */
export function onTrackerSignal(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
