import { beforeEach, describe, expect, it, vi } from "vitest";

import { MjError, type SearchListing, type UpstreamTask } from "@/lib/server/mj";

import {
  GAVE_UP_CANNOT_SEARCH,
  GAVE_UP_NOT_FOUND,
  forgetListingSupport,
  planRecovery,
  RECOVER_WINDOW_MS,
  searchUpstream,
  stateBelongsTo,
} from "./recover-uncertain";

vi.mock("@/env.mjs", () => import("@/lib/server/mj/__fixtures__/env"));
vi.mock("@/lib/server/db", () => ({ db: {} }));

const t0 = new Date("2026-12-05T10:00:00Z");
const at = (ms: number) => new Date(t0.getTime() + ms);

function up(upstreamId: string, state: string | null): UpstreamTask {
  return {
    upstreamId,
    action: "IMAGINE",
    status: "IN_PROGRESS",
    progress: 10,
    prompt: "fox",
    promptEn: "fox",
    finalPrompt: null,
    imageUrl: null,
    imageWidth: null,
    imageHeight: null,
    failReason: null,
    state,
    submitTime: t0,
    startTime: null,
    finishTime: null,
    buttons: null,
    videos: [],
    raw: {},
  };
}

describe("stateBelongsTo", () => {
  it("matches our id alone or leading a caller's state, nothing else", () => {
    expect(stateBelongsTo("task_a", "task_a")).toBe(true);
    expect(stateBelongsTo("task_a:order-42", "task_a")).toBe(true);
    expect(stateBelongsTo("task_ab", "task_a")).toBe(false);
    expect(stateBelongsTo("order-42", "task_a")).toBe(false);
    expect(stateBelongsTo(null, "task_a")).toBe(false);
  });
});

describe("planRecovery", () => {
  const task = { id: "task_a", createdAt: t0 };

  it("adopts the upstream task whose state carries our id", () => {
    const steps = planRecovery(
      [task],
      { searchable: true, found: [up("111", "other"), up("222", "task_a")] },
      new Set(),
      at(1000),
    );
    expect(steps).toEqual([{ kind: "adopt", taskId: "task_a", upstreamId: "222" }]);
  });

  it("never adopts an upstream id another row already tracks", () => {
    const steps = planRecovery(
      [task],
      { searchable: true, found: [up("222", "task_a")] },
      new Set(["222"]),
      at(1000),
    );
    expect(steps).toEqual([{ kind: "wait", taskId: "task_a" }]);
  });

  it("keeps looking inside the window, then gives up saying it may have been charged", () => {
    const search = { searchable: true, found: [] };
    expect(planRecovery([task], search, new Set(), at(RECOVER_WINDOW_MS - 1))[0]?.kind).toBe("wait");
    const late = planRecovery([task], search, new Set(), at(RECOVER_WINDOW_MS));
    expect(late).toEqual([{ kind: "give_up", taskId: "task_a", reason: GAVE_UP_NOT_FOUND }]);
    expect(GAVE_UP_NOT_FOUND).toMatch(/may still have been charged/);
  });

  it("gives up at once where the upstream cannot list tasks, pointing at Find it", () => {
    const steps = planRecovery([task], { searchable: false, found: [] }, new Set(), at(1));
    expect(steps).toEqual([{ kind: "give_up", taskId: "task_a", reason: GAVE_UP_CANNOT_SEARCH }]);
    expect(GAVE_UP_CANNOT_SEARCH).toMatch(/may have been charged.*Find it/);
  });
});

describe("searchUpstream", () => {
  beforeEach(() => forgetListingSupport());

  it("reads both listings where the upstream has them", async () => {
    const list = vi.fn(async (listing: SearchListing) => [up(listing === "/task/list" ? "1" : "2", "s")]);
    const result = await searchUpstream("http://up", list);
    expect(result.searchable).toBe(true);
    expect(result.found.map((t) => t.upstreamId)).toEqual(["1", "2"]);
  });

  it("learns once per upstream which listings are missing, and asks them no more", async () => {
    const list = vi.fn(async (listing: SearchListing): Promise<UpstreamTask[]> => {
      if (listing === "/task/queue") throw new MjError("unsupported", { httpStatus: 404 });
      return [];
    });
    expect((await searchUpstream("http://up", list)).searchable).toBe(true);
    await searchUpstream("http://up", list);
    expect(list.mock.calls.filter(([l]) => l === "/task/queue")).toHaveLength(1);
    expect(list.mock.calls.filter(([l]) => l === "/task/list")).toHaveLength(2);
  });

  it("is not searchable when neither listing exists (aggregator), and says so without calling again", async () => {
    const list = vi.fn(async (): Promise<UpstreamTask[]> => {
      throw new MjError("unsupported", { httpStatus: 404 });
    });
    expect(await searchUpstream("http://agg", list)).toEqual({ searchable: false, found: [] });
    expect(await searchUpstream("http://agg", list)).toEqual({ searchable: false, found: [] });
    expect(list).toHaveBeenCalledTimes(2);
    // Another upstream is probed afresh.
    await searchUpstream("http://other", list);
    expect(list).toHaveBeenCalledTimes(4);
  });

  it("lets other upstream errors through (the pass is retried later)", async () => {
    const list = vi.fn(async (): Promise<UpstreamTask[]> => {
      throw new MjError("network", { httpStatus: 502 });
    });
    await expect(searchUpstream("http://up", list)).rejects.toMatchObject({ kind: "network" });
  });
});
