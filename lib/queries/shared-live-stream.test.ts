import { describe, expect, it, vi } from "vitest";

import type { LiveMode, LiveStreamHandlers } from "./live-stream";
import {
  connectSharedLiveStream,
  type LockRequester,
  type RelayChannel,
  type RelayMessage,
  type SharingDeps,
} from "./shared-live-stream";

/** One browser: a lock queue (first come, first served) and a channel that delivers to every other member. */
function fakeBrowser() {
  const waiting: { grant: () => void; signal: AbortSignal }[] = [];
  let held = false;
  const grantNext = () => {
    const next = waiting.shift();
    if (next) next.grant();
  };
  const locks: LockRequester = {
    request: (_name, { signal }, callback) =>
      new Promise((resolve, reject) => {
        const entry = {
          signal,
          grant: () => {
            held = true;
            void callback().then(() => {
              held = false;
              grantNext();
              resolve(undefined);
            });
          },
        };
        signal.addEventListener("abort", () => {
          const at = waiting.indexOf(entry);
          if (at >= 0) waiting.splice(at, 1);
          reject(new DOMException("aborted", "AbortError"));
        });
        waiting.push(entry);
        if (!held) grantNext();
      }),
  };
  const members = new Set<RelayChannel>();
  const createChannel = (): RelayChannel => {
    const channel: RelayChannel = {
      onmessage: null,
      postMessage: (data: RelayMessage) => {
        for (const other of members)
          if (other !== channel) other.onmessage?.({ data } as MessageEvent<RelayMessage>);
      },
      close: () => members.delete(channel),
    };
    members.add(channel);
    return channel;
  };
  const streams: { handlers: LiveStreamHandlers; stopped: boolean }[] = [];
  const connect = (handlers: LiveStreamHandlers) => {
    const stream = { handlers, stopped: false };
    streams.push(stream);
    handlers.onMode("poll");
    return () => {
      stream.stopped = true;
    };
  };
  const deps: SharingDeps = { locks, createChannel, connect, visibility: undefined };
  return { deps, streams };
}

function tab(deps: SharingDeps) {
  const modes: LiveMode[] = [];
  const onChanges = vi.fn();
  const onSettings = vi.fn();
  const close = connectSharedLiveStream({ onChanges, onSettings, onMode: (m) => modes.push(m) }, deps);
  return { modes, onChanges, onSettings, close, mode: () => modes.at(-1) };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("connectSharedLiveStream", () => {
  it("opens one stream for many tabs and relays what it hears to all of them", async () => {
    const browser = fakeBrowser();
    const tabs = [tab(browser.deps), tab(browser.deps), tab(browser.deps)];
    await settle();
    expect(browser.streams).toHaveLength(1);
    const leader = browser.streams[0]!.handlers;
    leader.onMode("push");
    leader.onChanges();
    leader.onSettings();
    for (const t of tabs) {
      expect(t.mode()).toBe("push");
      expect(t.onChanges).toHaveBeenCalledTimes(1);
      expect(t.onSettings).toHaveBeenCalledTimes(1);
    }
  });

  it("tells a tab that opens later the leader's mode", async () => {
    const browser = fakeBrowser();
    tab(browser.deps);
    await settle();
    browser.streams[0]!.handlers.onMode("push");
    const late = tab(browser.deps);
    await settle();
    expect(late.modes).toEqual(["poll", "push"]);
  });

  it("hands the stream to the next tab when the leader closes; the others poll meanwhile", async () => {
    const browser = fakeBrowser();
    const first = tab(browser.deps);
    const second = tab(browser.deps);
    const third = tab(browser.deps);
    await settle();
    browser.streams[0]!.handlers.onMode("push");
    expect(third.mode()).toBe("push");

    first.close();
    expect(browser.streams[0]!.stopped).toBe(true);
    await settle();
    expect(browser.streams).toHaveLength(2);
    expect(third.mode()).toBe("poll");
    browser.streams[1]!.handlers.onMode("push");
    browser.streams[1]!.handlers.onChanges();
    expect(third.mode()).toBe("push");
    expect(third.onChanges).toHaveBeenCalledTimes(1);
    expect(second.onChanges).toHaveBeenCalledTimes(1);
    expect(first.onChanges).not.toHaveBeenCalled();
  });

  it("a tab closed while waiting for the lock never opens a stream", async () => {
    const browser = fakeBrowser();
    const first = tab(browser.deps);
    const second = tab(browser.deps);
    await settle();
    second.close();
    first.close();
    await settle();
    expect(browser.streams).toHaveLength(1);
  });

  it("without locks or channels (and no visibility API) every tab keeps its own stream", () => {
    const browser = fakeBrowser();
    const deps = { ...browser.deps, locks: undefined };
    tab(deps);
    tab(deps);
    expect(browser.streams).toHaveLength(2);
  });

  it("without locks, a tab holds its stream only while it is visible, and reopens it when shown again", () => {
    const browser = fakeBrowser();
    let visible = false;
    const listeners = new Set<() => void>();
    const visibility = {
      isVisible: () => visible,
      onChange: (listener: () => void) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    };
    const show = (next: boolean) => {
      visible = next;
      for (const listener of listeners) listener();
    };
    const hidden = tab({ ...browser.deps, locks: undefined, visibility });
    expect(browser.streams).toHaveLength(0);
    expect(hidden.mode()).toBe("poll");

    show(true);
    expect(browser.streams).toHaveLength(1);
    browser.streams[0]!.handlers.onMode("push");
    expect(hidden.mode()).toBe("push");

    show(false);
    expect(browser.streams[0]!.stopped).toBe(true);
    expect(hidden.mode()).toBe("poll");

    show(true);
    expect(browser.streams).toHaveLength(2);
    hidden.close();
    expect(browser.streams[1]!.stopped).toBe(true);
    expect(listeners.size).toBe(0);
  });
});
