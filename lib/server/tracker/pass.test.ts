import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import type { UpstreamTask } from "@/lib/server/mj";

import type { TrackedRow } from "./apply";
import { callbackInbox } from "./callback-inbox";
import { NOT_STARTED_GAP_MS, SILENT_AFTER_MS } from "./poll-policy";

const mocks = vi.hoisted(() => ({
  rows: [] as unknown[],
  authStyle: "mj-api-secret",
  observeTasks: vi.fn(),
  applyObservation: vi.fn(),
}));

vi.mock("@/env.mjs", () => ({
  env: { TRACKER_INTERVAL_MS: 1_000, MJ_TIMEOUT_MS: 30_000, TRACKER_MODAL_ABANDON_MS: 86_400_000 },
}));
vi.mock("@/lib/server/db", () => ({ db: { task: { updateMany: async () => ({ count: 0 }) } } }));
vi.mock("@/lib/server/mj", () => ({ getUpstreamConfig: () => ({ authStyle: mocks.authStyle }) }));
vi.mock("./apply", () => ({
  findTrackedRows: async () => mocks.rows,
  applyObservation: mocks.applyObservation,
}));
vi.mock("./observe", () => ({ observeTasks: mocks.observeTasks }));
vi.mock("./recover-uncertain", () => ({ recoverUncertainSubmits: async () => {} }));
vi.mock("./missing-images", () => ({ retryMissingImages: async () => {} }));
vi.mock("./cancel-waiting", () => ({ cancelAbandonedDialogs: async () => {} }));

const { syncOnce } = await import("./pass");

const NOW = new Date("2026-12-06T12:00:00Z");
const ago = (ms: number) => new Date(NOW.getTime() - ms);
const row = (id: string, lastSyncedAt: Date | null, submittedAt = ago(60_000)) =>
  ({ id, upstreamId: `up-${id}`, status: "running", progress: 10, lastSyncedAt, submittedAt }) as TrackedRow;

/** A callback for a task we track arrived this long before NOW (applied by a stand-in for the tracker's applier). */
async function callbackArrived(msAgo: number): Promise<void> {
  vi.useFakeTimers({ now: NOW.getTime() - msAgo });
  callbackInbox().setApplier(async () => true);
  callbackInbox().receive({ upstreamId: "up-heard", status: "IN_PROGRESS", progress: 10 } as UpstreamTask);
  await vi.runAllTimersAsync();
  await callbackInbox().idle();
  callbackInbox().setApplier(null);
  vi.useRealTimers();
}

describe("a tracker pass", () => {
  beforeEach(() => {
    mocks.rows = [
      row("heard", ago(2_000)),
      row("silent", ago(SILENT_AFTER_MS + 1_000)),
      row("fresh", null, ago(1_000)),
    ];
    mocks.authStyle = "mj-api-secret";
    mocks.observeTasks.mockReset().mockResolvedValue(new Map());
    // Like the real write: the task counts as heard from now.
    mocks.applyObservation.mockReset().mockImplementation(async (task: TrackedRow) => {
      task.lastSyncedAt = NOW;
      return true;
    });
  });
  afterEach(() => callbackInbox().forgetUpstream());

  it("without callbacks reads every tracked task in one batch", async () => {
    const outcome = await syncOnce(NOW, { listUnsupported: false });
    expect(mocks.observeTasks).toHaveBeenCalledOnce();
    expect(mocks.observeTasks.mock.calls[0]?.[0]).toEqual(["up-heard", "up-silent", "up-fresh"]);
    // No start time is known yet, so no end estimate: the next look is the not-started gap away.
    expect(outcome).toEqual({ tracked: 3, read: 3, nextDelayMs: NOT_STARTED_GAP_MS });
  });

  it("while callbacks are alive reads once a task falls silent, then every task in that one batched call", async () => {
    await callbackArrived(5_000);
    const outcome = await syncOnce(NOW, { listUnsupported: false });
    expect(mocks.observeTasks).toHaveBeenCalledOnce();
    expect(mocks.observeTasks.mock.calls[0]?.[0]).toEqual(["up-heard", "up-silent", "up-fresh"]);
    // Every clock restarted with that read: nothing is due for 10 s, so the chores' 5 s comes first.
    expect(outcome).toMatchObject({ tracked: 3, read: 3, nextDelayMs: 5_000 });
  });

  it("an upstream read task by task gets only the silent ones", async () => {
    await callbackArrived(5_000);
    await syncOnce(NOW, { listUnsupported: true });
    expect(mocks.observeTasks.mock.calls[0]?.[0]).toEqual(["up-silent"]);
    expect(mocks.applyObservation.mock.calls.map(([task]) => (task as TrackedRow).id)).toEqual(["silent"]);
  });

  it("reads nothing when every task was heard from lately", async () => {
    mocks.rows = [row("heard", ago(2_000))];
    await callbackArrived(1_000);
    expect(await syncOnce(NOW, { listUnsupported: false })).toMatchObject({ read: 0 });
    expect(mocks.observeTasks).not.toHaveBeenCalled();
  });

  it("reads the aggregator no more than its floor allows", async () => {
    mocks.authStyle = "bearer";
    await syncOnce(NOW, { listUnsupported: false });
    expect(mocks.observeTasks.mock.calls[0]?.[0]).toEqual(["up-silent"]);
  });
});
