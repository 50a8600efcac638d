import { beforeEach, describe, expect, it, vi } from "vitest";

import type { UpstreamStatus, UpstreamTask } from "@/lib/server/mj";

import type { TrackedRow } from "./apply";

// A tiny stand-in for the task table and its conditional write: rows by upstream id, a write that fails when the row
// is no longer tracked or another observation got there first (`raceOnce`).
const store = vi.hoisted(() => ({
  rows: new Map<string, { status: string; progress: number | null; lastSyncedAt: Date | null }>(),
  raceOnce: new Set<string>(),
  writes: [] as string[],
}));
const TRACKED = ["queued", "submitted", "running", "modal"];

vi.mock("./apply", () => ({
  findTrackedRows: async (ids: string[]) =>
    ids
      .filter((id) => TRACKED.includes(store.rows.get(id)?.status ?? ""))
      .map((id) => ({ id: `task-${id}`, upstreamId: id, ...store.rows.get(id) }) as TrackedRow),
  applyObservation: async (row: TrackedRow, observed: UpstreamTask) => {
    if (store.raceOnce.delete(row.upstreamId)) {
      // A pass wrote first: the row moved on under us.
      store.rows.set(row.upstreamId, { status: "running", progress: 50, lastSyncedAt: new Date(1) });
      return false;
    }
    store.writes.push(`${row.upstreamId}:${observed.status}:${observed.progress ?? ""}`);
    return true;
  },
}));

const { applyCallbacks } = await import("./callback-apply");

const cb = (upstreamId: string, status: UpstreamStatus, progress: number | null = null) =>
  ({ upstreamId, status, progress }) as UpstreamTask;
const NOW = new Date("2026-12-06T12:00:00Z");

describe("applyCallbacks", () => {
  beforeEach(() => {
    store.rows.clear();
    store.raceOnce.clear();
    store.writes = [];
  });

  it("applies forward moves, skips backward ones, finished tasks and ids we do not track", async () => {
    store.rows.set("a", { status: "running", progress: 46, lastSyncedAt: null });
    store.rows.set("b", { status: "running", progress: 62, lastSyncedAt: null });
    store.rows.set("c", { status: "succeeded", progress: 100, lastSyncedAt: null });
    await applyCallbacks(
      [
        cb("a", "SUCCESS", 100),
        cb("b", "IN_PROGRESS", 46),
        cb("c", "IN_PROGRESS", 93),
        cb("zzz", "SUCCESS", 100),
      ],
      NOW,
    );
    expect(store.writes).toEqual(["a:SUCCESS:100"]);
  });

  it("reports whether any callback was for a task we track (only those prove callbacks reach us)", async () => {
    store.rows.set("a", { status: "running", progress: 46, lastSyncedAt: null });
    store.rows.set("c", { status: "succeeded", progress: 100, lastSyncedAt: null });
    expect(await applyCallbacks([cb("zzz", "SUCCESS", 100), cb("c", "SUCCESS", 100)], NOW)).toBe(false);
    // A repeat moves nothing, but it is still a callback for our task: the path works.
    expect(await applyCallbacks([cb("zzz", "SUCCESS", 100), cb("a", "IN_PROGRESS", 46)], NOW)).toBe(true);
    expect(store.writes).toEqual([]);
  });

  it("re-applies a callback that raced a pass, judged against the fresh row", async () => {
    store.rows.set("a", { status: "running", progress: 10, lastSyncedAt: null });
    store.rows.set("b", { status: "running", progress: 10, lastSyncedAt: null });
    store.raceOnce.add("a").add("b");
    // After the race both rows stand at 50 %: SUCCESS still moves "a"; 30 % is now behind for "b".
    await applyCallbacks([cb("a", "SUCCESS", 100), cb("b", "IN_PROGRESS", 30)], NOW);
    expect(store.writes).toEqual(["a:SUCCESS:100"]);
  });
});
