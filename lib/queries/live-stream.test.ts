import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { coalesced, connectLiveStream, type LiveMode, REOPEN_MIN_MS, type StreamSource } from "./live-stream";

class FakeSource implements StreamSource {
  readyState = 0;
  onopen: StreamSource["onopen"] = null;
  onerror: StreamSource["onerror"] = null;
  closed = false;
  readonly listeners = new Map<string, () => void>();
  addEventListener(type: string, listener: () => void) {
    this.listeners.set(type, listener);
  }
  close() {
    this.closed = true;
    this.readyState = 2;
  }
  open() {
    this.readyState = 1;
    this.onopen?.call(undefined as never, new Event("open"));
  }
  fail(readyState: 0 | 2) {
    this.readyState = readyState;
    this.onerror?.call(undefined as never, new Event("error"));
  }
}

function connect() {
  const sources: FakeSource[] = [];
  const modes: LiveMode[] = [];
  const onChanges = vi.fn();
  const onSettings = vi.fn();
  const close = connectLiveStream({ onChanges, onSettings, onMode: (m) => modes.push(m) }, () => {
    const source = new FakeSource();
    sources.push(source);
    return source;
  });
  return { sources, modes, onChanges, onSettings, close };
}

describe("connectLiveStream", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("polls until the stream opens, then pushes and reads the changes it may have missed", () => {
    const s = connect();
    expect(s.modes).toEqual(["poll"]);
    s.sources[0]!.open();
    expect(s.modes).toEqual(["poll", "push"]);
    expect(s.onChanges).toHaveBeenCalledTimes(1);
    s.sources[0]!.listeners.get("tasks")!();
    s.sources[0]!.listeners.get("upstream")!();
    s.sources[0]!.listeners.get("settings")!();
    expect(s.onChanges).toHaveBeenCalledTimes(3);
    expect(s.onSettings).toHaveBeenCalledTimes(1);
  });

  it("falls back to polling while EventSource reconnects, and pushes again when it reopens", () => {
    const s = connect();
    s.sources[0]!.open();
    s.sources[0]!.fail(0);
    expect(s.modes.at(-1)).toBe("poll");
    s.sources[0]!.open();
    expect(s.modes).toEqual(["poll", "push", "poll", "push"]);
    expect(s.onChanges).toHaveBeenCalledTimes(2);
    expect(s.sources).toHaveLength(1);
  });

  it("opens a new stream itself, later each time, when EventSource gives up", () => {
    const s = connect();
    s.sources[0]!.fail(2);
    vi.advanceTimersByTime(REOPEN_MIN_MS);
    expect(s.sources).toHaveLength(2);
    s.sources[1]!.fail(2);
    vi.advanceTimersByTime(REOPEN_MIN_MS);
    expect(s.sources).toHaveLength(2);
    vi.advanceTimersByTime(REOPEN_MIN_MS);
    expect(s.sources).toHaveLength(3);
    s.sources[2]!.open();
    expect(s.modes.at(-1)).toBe("push");
  });

  it("closes the stream and stops reopening on close", () => {
    const s = connect();
    s.sources[0]!.fail(2);
    s.close();
    vi.advanceTimersByTime(REOPEN_MIN_MS * 20);
    expect(s.sources).toHaveLength(1);
    expect(s.sources[0]!.closed).toBe(true);
  });
});

describe("coalesced", () => {
  it("runs once more after the run in flight, however many asks came meanwhile", async () => {
    const finishers: (() => void)[] = [];
    const run = vi.fn(() => new Promise<void>((resolve) => finishers.push(resolve)));
    const ask = coalesced(run);
    ask();
    ask();
    ask();
    expect(run).toHaveBeenCalledTimes(1);
    finishers[0]!();
    await vi.waitFor(() => expect(run).toHaveBeenCalledTimes(2));
    finishers[1]!();
    // A macrotask later every promise callback of the finished run has run.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(run).toHaveBeenCalledTimes(2);
    ask();
    expect(run).toHaveBeenCalledTimes(3);
  });
});
