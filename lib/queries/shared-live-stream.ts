// One stream per browser, not per tab. Browsers allow six HTTP/1.1 connections per host, and every open
// EventSource holds one for good: with a stream per tab, the seventh tab of the studio (or the sixth, plus its
// own requests) waited forever for a connection and never loaded. So the tabs of one browser elect a leader with
// the Web Locks API; only the leader opens the stream, and it relays what it hears to the others over a
// BroadcastChannel. When the leader closes, its lock is released and the next tab in line takes over. Where
// there are no Web Locks (plain http:// on a LAN address), only the tabs someone looks at hold a stream.

import { connectLiveStream, type LiveMode, type LiveStreamHandlers } from "./live-stream";

const LOCK_NAME = "mj-studio-live-stream";
const CHANNEL_NAME = "mj-studio-live";

/** What the leader tells the other tabs; "hello" is a new tab asking the leader for its mode. */
export type RelayMessage =
  { type: "changes" } | { type: "settings" } | { type: "mode"; mode: LiveMode } | { type: "hello" };

/** The parts of the Web Locks API and BroadcastChannel this module uses, so tests can pass fakes. */
export interface LockRequester {
  request(name: string, options: { signal: AbortSignal }, callback: () => Promise<void>): Promise<unknown>;
}
export interface RelayChannel {
  onmessage: ((event: MessageEvent<RelayMessage>) => void) | null;
  postMessage(message: RelayMessage): void;
  close(): void;
}

/** Whether the tab is being looked at, and news of when that changes. */
export interface TabVisibility {
  isVisible(): boolean;
  onChange(listener: () => void): () => void;
}

export interface SharingDeps {
  locks: LockRequester | undefined;
  createChannel: (() => RelayChannel) | undefined;
  connect: (handlers: LiveStreamHandlers) => () => void;
  visibility: TabVisibility | undefined;
}

function browserDeps(): SharingDeps {
  return {
    locks: typeof navigator !== "undefined" ? navigator.locks : undefined,
    createChannel:
      typeof BroadcastChannel === "undefined" ? undefined : () => new BroadcastChannel(CHANNEL_NAME),
    connect: (handlers) => connectLiveStream(handlers),
    visibility:
      typeof document === "undefined"
        ? undefined
        : {
            isVisible: () => document.visibilityState === "visible",
            onChange: (listener) => {
              document.addEventListener("visibilitychange", listener);
              return () => document.removeEventListener("visibilitychange", listener);
            },
          },
  };
}

export function connectSharedLiveStream(
  handlers: LiveStreamHandlers,
  deps: SharingDeps = browserDeps(),
): () => void {
  if (!deps.locks || !deps.createChannel) return connectWhileVisible(handlers, deps);
  const channel = deps.createChannel();
  const stopWaiting = new AbortController();
  let leaderMode: LiveMode = "poll";
  let stopStream: (() => void) | null = null;
  let releaseLock: () => void = () => undefined;

  channel.onmessage = ({ data }) => {
    if (stopStream) {
      if (data.type === "hello") channel.postMessage({ type: "mode", mode: leaderMode });
      return;
    }
    if (data.type === "changes") handlers.onChanges();
    else if (data.type === "settings") handlers.onSettings();
    else if (data.type === "mode") handlers.onMode(data.mode);
  };

  const lead = () =>
    new Promise<void>((release) => {
      releaseLock = release;
      stopStream = deps.connect({
        onChanges: () => {
          handlers.onChanges();
          channel.postMessage({ type: "changes" });
        },
        onSettings: () => {
          handlers.onSettings();
          channel.postMessage({ type: "settings" });
        },
        onMode: (mode) => {
          leaderMode = mode;
          handlers.onMode(mode);
          channel.postMessage({ type: "mode", mode });
        },
      });
    });

  // Until a leader says otherwise, this tab polls.
  handlers.onMode("poll");
  channel.postMessage({ type: "hello" });
  deps.locks.request(LOCK_NAME, { signal: stopWaiting.signal }, lead).catch(() => {
    // Rejected with AbortError when the tab stops waiting for the lock (unmounted): nothing to do.
  });

  return () => {
    stopWaiting.abort();
    if (stopStream) {
      stopStream();
      stopStream = null;
      // The others poll until the next leader's stream is open (its first message makes them read at once).
      channel.postMessage({ type: "mode", mode: "poll" });
    }
    channel.close();
    releaseLock();
  };
}

/**
 * Without Web Locks (they exist only in secure contexts, and a studio reached at http://192.168.x.x is not one) the
 * tabs cannot elect one streamer. Then a tab holds its stream only while someone looks at it: hidden tabs close
 * theirs (they do not poll either, TanStack's interval pauses in the background), so the connections in use are
 * those of the visible tabs, and a tab shown again reopens its stream and reads what it missed at once.
 */
function connectWhileVisible(handlers: LiveStreamHandlers, deps: SharingDeps): () => void {
  const visibility = deps.visibility;
  if (!visibility) return deps.connect(handlers);
  let stopStream: (() => void) | null = null;
  const follow = () => {
    if (visibility.isVisible()) {
      stopStream ??= deps.connect(handlers);
    } else if (stopStream) {
      stopStream();
      stopStream = null;
      handlers.onMode("poll");
    }
  };
  handlers.onMode("poll");
  follow();
  const stopFollowing = visibility.onChange(follow);
  return () => {
    stopFollowing();
    stopStream?.();
  };
}
