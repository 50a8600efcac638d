// One stream per browser, not per tab. Browsers allow six HTTP/1.1 connections per host, and every open
// EventSource holds one for good: with a stream per tab, the seventh tab of the studio (or the sixth, plus its
// own requests) waited forever for a connection and never loaded. So the tabs of one browser elect a leader with
// the Web Locks API; only the leader opens the stream, and it relays what it hears to the others over a
// BroadcastChannel. When the leader closes, its lock is released and the next tab in line takes over.

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

export interface SharingDeps {
  locks: LockRequester | undefined;
  createChannel: (() => RelayChannel) | undefined;
  connect: (handlers: LiveStreamHandlers) => () => void;
}

function browserDeps(): SharingDeps {
  return {
    locks: typeof navigator !== "undefined" ? navigator.locks : undefined,
    createChannel:
      typeof BroadcastChannel === "undefined" ? undefined : () => new BroadcastChannel(CHANNEL_NAME),
    connect: (handlers) => connectLiveStream(handlers),
  };
}

export function connectSharedLiveStream(
  handlers: LiveStreamHandlers,
  deps: SharingDeps = browserDeps(),
): () => void {
  // Without locks or channels (old browsers, insecure origins for locks) every tab keeps its own stream.
  if (!deps.locks || !deps.createChannel) return deps.connect(handlers);
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
