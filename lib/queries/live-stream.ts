// The browser's end of GET /api/tasks/stream: one EventSource per tab that says THAT something changed; the
// caller then reads the changes API. Kept free of React and TanStack so it can be tested with fakes.

export const LIVE_STREAM_PATH = "/api/tasks/stream";

/** "push" while the stream is open; "poll" while it is connecting, failed or refused. */
export type LiveMode = "push" | "poll";

export interface LiveStreamHandlers {
  /** Tasks or the upstream's state changed, or the stream (re)opened and may have missed something. */
  onChanges: () => void;
  /** An admin saved settings that pages show. */
  onSettings: () => void;
  onMode: (mode: LiveMode) => void;
}

/** The part of EventSource this module uses, so tests can pass a fake. */
export interface StreamSource {
  readonly readyState: number;
  onopen: ((this: never, ev: Event) => unknown) | null;
  onerror: ((this: never, ev: Event) => unknown) | null;
  addEventListener(type: string, listener: () => void): void;
  close(): void;
}

const CLOSED = 2;
/**
 * EventSource retries a dropped connection by itself, but gives up for good on an answer that is not a stream
 * (a 401 after signing out, a 429 past the per-member cap, a proxy's 502). Then we open a new one ourselves,
 * waiting longer each time so a refusing server is not hammered.
 */
export const REOPEN_MIN_MS = 5_000;
export const REOPEN_MAX_MS = 60_000;

export function connectLiveStream(
  handlers: LiveStreamHandlers,
  createSource: () => StreamSource = () => new EventSource(LIVE_STREAM_PATH),
): () => void {
  let source: StreamSource | null = null;
  let reopenTimer: ReturnType<typeof setTimeout> | null = null;
  let reopenDelay = REOPEN_MIN_MS;
  let mode: LiveMode | null = null;
  let closed = false;

  const setMode = (next: LiveMode) => {
    if (next === mode) return;
    mode = next;
    handlers.onMode(next);
  };

  const open = () => {
    reopenTimer = null;
    const current = createSource();
    source = current;
    current.onopen = () => {
      reopenDelay = REOPEN_MIN_MS;
      setMode("push");
      // Whatever happened while the stream was down (or before it first opened) is read now.
      handlers.onChanges();
    };
    current.onerror = () => {
      setMode("poll");
      if (current.readyState !== CLOSED || closed) return;
      current.close();
      reopenTimer = setTimeout(open, reopenDelay);
      reopenDelay = Math.min(reopenDelay * 2, REOPEN_MAX_MS);
    };
    current.addEventListener("tasks", handlers.onChanges);
    current.addEventListener("upstream", handlers.onChanges);
    current.addEventListener("settings", handlers.onSettings);
  };

  setMode("poll");
  open();
  return () => {
    closed = true;
    if (reopenTimer) clearTimeout(reopenTimer);
    source?.close();
  };
}

/**
 * Runs `run` now, or, when a run is already in flight, once more after it (however many asks came meanwhile):
 * the run in flight may have read the server before the change that prompted the ask, and a burst of asks
 * must never become a burst of requests.
 */
export function coalesced(run: () => Promise<unknown>): () => void {
  let inFlight = false;
  let again = false;
  const start = () => {
    inFlight = true;
    void run()
      .catch(() => undefined)
      .finally(() => {
        inFlight = false;
        if (!again) return;
        again = false;
        start();
      });
  };
  return () => {
    if (inFlight) again = true;
    else start();
  };
}
