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

const g = globalThis as unknown as {
  mjStudioTrackerListeners?: Set<Listener>;
  mjStudioSignalTransport?: Listener;
};
const listeners = (g.mjStudioTrackerListeners ??= new Set());

/** Ask for a sync soon. Coalesced by the tracker: a burst of submits still lands in one batch. */
export function wakeTracker(): void {
  signalTracker("wake");
}

export function signalTracker(signal: TrackerSignal): void {
  const transport = g.mjStudioSignalTransport;
  if (transport) transport(signal);
  else deliverTrackerSignal(signal);
}

/** Hands a signal to this process's tracker, if it runs here. */
export function deliverTrackerSignal(signal: TrackerSignal): void {
  for (const listener of listeners) listener(signal);
}

/**
 * With several instances the tracker runs on one of them: signals travel through the database to every instance
 * (lib/server/cluster), which delivers them with deliverTrackerSignal(). Call before the first signal.
 */
export function replaceSignalTransport(transport: Listener): void {
  g.mjStudioSignalTransport = transport;
}

/** The tracker's subscription; returns how to stop listening. */
export function onTrackerSignal(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
