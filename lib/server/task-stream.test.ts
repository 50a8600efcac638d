import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { AppError } from "@/lib/errors";
import type { EventBus, EventListener, StudioEvent } from "@/lib/server/events";

import { MAX_UNREAD_MESSAGES, openTaskStream, type TaskStreamDeps } from "./task-stream";
import {
  COALESCE_MS,
  EventCoalescer,
  formatMessage,
  HEARTBEAT_MS,
  MAX_IDS_PER_MESSAGE,
  needsCatchUp,
  type PendingMessages,
  StreamSlots,
  tasksMessage,
} from "./task-stream-messages";

vi.mock("@/lib/server/auth/session", () => ({ viewerFromHeaders: () => Promise.resolve(null) }));

const member = { id: "m1", name: "Mo", role: "member" as const };

/** A bus that numbers events like the real one and lets a test publish. */
function fakeBus(): EventBus & { listenerCount: () => number } {
  const listeners = new Set<EventListener>();
  let seq = 0;
  return {
    publish(event: StudioEvent) {
      seq += 1;
      for (const l of listeners) l({ id: `e-${seq}`, event });
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    missedSince: (id) => id !== `e-${seq}`,
    latestId: () => `e-${seq}`,
    listenerCount: () => listeners.size,
  };
}

describe("stream messages", () => {
  it("writes one SSE message with the event, the id and single-line JSON data", () => {
    expect(formatMessage("upstream", "ab-3", {})).toBe("event: upstream\nid: ab-3\ndata: {}\n\n");
    const text = tasksMessage("ab-4", ["t1", "t\n2"], 1234);
    expect(text).toBe('event: tasks\nid: ab-4\ndata: {"ids":["t1","t\\n2"],"cursor":"1234"}\n\n');
  });

  it("caps the ids one message lists", () => {
    const ids = Array.from({ length: MAX_IDS_PER_MESSAGE + 10 }, (_, i) => `t${i}`);
    const data = JSON.parse(tasksMessage("x", ids, 1).split("data: ")[1]!) as { ids: string[] };
    expect(data.ids).toHaveLength(MAX_IDS_PER_MESSAGE);
  });

  it("catches up only a reconnect that missed events", () => {
    const missed = (id: string | null) => id !== "e-5";
    expect(needsCatchUp(null, missed)).toBe(false);
    expect(needsCatchUp("e-5", missed)).toBe(false);
    expect(needsCatchUp("e-4", missed)).toBe(true);
    expect(needsCatchUp("other-epoch-5", missed)).toBe(true);
  });
});

describe("EventCoalescer", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("folds a burst into one flush per kind, ids deduped in arrival order", () => {
    const flushed: PendingMessages[] = [];
    const coalescer = new EventCoalescer((p) => flushed.push(p));
    coalescer.add({ kind: "tasks", ids: ["a", "b"] });
    coalescer.add({ kind: "tasks", ids: ["b", "c"] });
    coalescer.add({ kind: "upstream" });
    vi.advanceTimersByTime(COALESCE_MS - 1);
    expect(flushed).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(flushed).toEqual([{ taskIds: ["a", "b", "c"], kinds: ["tasks", "upstream"] }]);

    coalescer.add({ kind: "settings" });
    vi.advanceTimersByTime(COALESCE_MS);
    expect(flushed[1]).toEqual({ taskIds: [], kinds: ["settings"] });
  });

  it("never flushes after stop", () => {
    const flush = vi.fn();
    const coalescer = new EventCoalescer(flush);
    coalescer.add({ kind: "tasks", ids: ["a"] });
    coalescer.stop();
    vi.advanceTimersByTime(COALESCE_MS * 10);
    expect(flush).not.toHaveBeenCalled();
  });
});

describe("StreamSlots", () => {
  it("refuses a member past the cap until a slot is given back, once", () => {
    const slots = new StreamSlots(2);
    const first = slots.take("m1");
    expect(slots.take("m1")).not.toBeNull();
    expect(slots.take("m1")).toBeNull();
    expect(slots.take("m2")).not.toBeNull();
    first!();
    first!();
    expect(slots.count("m1")).toBe(1);
    expect(slots.take("m1")).not.toBeNull();
    expect(slots.take("m1")).toBeNull();
  });
});

describe("openTaskStream", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function open(headers: Record<string, string> = {}, overrides: Partial<TaskStreamDeps> = {}) {
    const bus = fakeBus();
    const abort = new AbortController();
    const deps: TaskStreamDeps = {
      bus,
      slots: new StreamSlots(),
      stillSignedIn: () => Promise.resolve(true),
      now: () => 42,
      ...overrides,
    };
    const req = new Request("http://studio.test/api/tasks/stream", { headers, signal: abort.signal });
    const res = openTaskStream(req, member, deps);
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    const chunks: string[] = [];
    let closed = false;
    void (async () => {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return void (closed = true);
        chunks.push(decoder.decode(value));
      }
    })();
    const settle = () => vi.advanceTimersByTimeAsync(0);
    return { res, bus, deps, abort, chunks, settle, isClosed: () => closed };
  }

  it("sends the retry first, then one coalesced message per burst with the bus's id", async () => {
    const s = open();
    expect(s.res.headers.get("content-type")).toBe("text/event-stream; charset=utf-8");
    expect(s.res.headers.get("content-encoding")).toBe("none");
    expect(s.res.headers.get("cache-control")).toBe("no-cache, no-transform");
    s.bus.publish({ kind: "tasks", ids: ["t1"] });
    s.bus.publish({ kind: "tasks", ids: ["t2", "t1"] });
    await vi.advanceTimersByTimeAsync(COALESCE_MS);
    expect(s.chunks).toEqual(["retry: 2000\n\n", tasksMessage("e-2", ["t1", "t2"], 42)]);
  });

  it("tells a reconnect that missed events to catch up at once", async () => {
    const s = open({ "last-event-id": "e-0-old" });
    await s.settle();
    expect(s.chunks[1]).toBe(tasksMessage("e-0", [], 42));
  });

  it("closes and unsubscribes when the request is aborted", async () => {
    const s = open();
    expect(s.bus.listenerCount()).toBe(1);
    expect(s.deps.slots.count("m1")).toBe(1);
    s.abort.abort();
    await s.settle();
    expect(s.bus.listenerCount()).toBe(0);
    expect(s.deps.slots.count("m1")).toBe(0);
    expect(s.isClosed()).toBe(true);
  });

  it("heartbeats and closes when the member is signed out or disabled", async () => {
    let signedIn = true;
    const s = open({}, { stillSignedIn: () => Promise.resolve(signedIn) });
    await vi.advanceTimersByTimeAsync(HEARTBEAT_MS);
    expect(s.chunks).toContain(": keep-alive\n\n");
    expect(s.isClosed()).toBe(false);
    signedIn = false;
    await vi.advanceTimersByTimeAsync(HEARTBEAT_MS);
    expect(s.isClosed()).toBe(true);
    expect(s.bus.listenerCount()).toBe(0);
  });

  it("drops a client that stops reading, and lets go of everything", async () => {
    const bus = fakeBus();
    const slots = new StreamSlots();
    const req = new Request("http://studio.test/api/tasks/stream");
    const deps = { bus, slots, stillSignedIn: () => Promise.resolve(true), now: () => 42 };
    openTaskStream(req, member, deps); // nobody ever reads the body
    for (let i = 0; i < MAX_UNREAD_MESSAGES; i++) {
      bus.publish({ kind: "tasks", ids: [`t${i}`] });
      await vi.advanceTimersByTimeAsync(COALESCE_MS);
    }
    expect(bus.listenerCount()).toBe(1);
    bus.publish({ kind: "tasks", ids: ["one-too-many"] });
    await vi.advanceTimersByTimeAsync(COALESCE_MS);
    expect(bus.listenerCount()).toBe(0);
    expect(slots.count("m1")).toBe(0);
  });

  it("refuses a stream past the member's cap", () => {
    const slots = new StreamSlots(1);
    open({}, { slots });
    const req = new Request("http://studio.test/api/tasks/stream");
    expect(() => openTaskStream(req, member, { ...open().deps, slots })).toThrow(AppError);
  });
});
