import { describe, expect, it } from "vitest";

import type { TaskDetailDto, TaskDto, TaskLinkDto } from "@/lib/schemas/task";

import {
  markButtonUsed,
  matchesFilters,
  mergeIntoDetail,
  mergeTaskChanges,
  normalizeFilters,
  removeFromDetail,
  removeFromPages,
  type TaskPages,
} from "./task-cache";

function task(id: string, minute: number, patch: Partial<TaskDto> = {}): TaskDto {
  const at = `2026-11-26T10:${String(minute).padStart(2, "0")}:00.000Z`;
  return {
    id,
    author: { id: "u-ann", name: "Ann" },
    favorite: false,
    deleted: false,
    upstreamId: null,
    action: "IMAGINE",
    status: "succeeded",
    progress: 100,
    prompt: `a cat number ${id}`,
    finalPrompt: null,
    botType: "MID_JOURNEY",
    mode: null,
    queuePosition: null,
    failCode: null,
    failReason: null,
    bannedWord: null,
    referenceCount: 0,
    buttonLabel: null,
    buttons: [],
    parentId: null,
    image: null,
    thumbnail: null,
    preview: null,
    imageBytes: null,
    submittedAt: at,
    startedAt: null,
    finishedAt: null,
    updatedAt: at,
    results: null,
    imageProblem: null,
    videos: [],
    seed: null,
    ...patch,
  };
}

function pages(...pageItems: { items: TaskDto[]; nextCursor: string | null }[]): TaskPages {
  return { pages: pageItems, pageParams: pageItems.map((_, i) => (i === 0 ? null : `c${i}`)) };
}

const ids = (data: TaskPages | undefined) => data?.pages.map((p) => p.items.map((t) => t.id));

describe("mergeTaskChanges", () => {
  const base = pages(
    { items: [task("e", 50), task("d", 40)], nextCursor: "c1" },
    { items: [task("c", 30)], nextCursor: "c2" },
  );

  it("returns the same object when nothing changes", () => {
    expect(mergeTaskChanges(base, [], {})).toBe(base);
    expect(mergeTaskChanges(base, [task("d", 40)], {})).toBe(base);
    expect(mergeTaskChanges(undefined, [task("x", 1)], {})).toBeUndefined();
  });

  it("updates a known task in place and keeps untouched pages identical", () => {
    const running = task("d", 40, { status: "running", progress: 46, updatedAt: "2026-11-26T11:00:00.000Z" });
    const merged = mergeTaskChanges(base, [running], {});
    expect(ids(merged)).toEqual([["e", "d"], ["c"]]);
    expect(merged?.pages[0]?.items[1]).toBe(running);
    expect(merged?.pages[1]).toBe(base.pages[1]);
  });

  it("ignores an answer older than what the cache holds", () => {
    const fresh = pages({
      items: [task("a", 1, { status: "succeeded", updatedAt: "2026-11-26T12:00:00.000Z" })],
      nextCursor: null,
    });
    const stale = task("a", 1, { status: "running", updatedAt: "2026-11-26T11:00:00.000Z" });
    expect(mergeTaskChanges(fresh, [stale], {})).toBe(fresh);
  });

  it("prepends new tasks newest first, once", () => {
    const merged = mergeTaskChanges(base, [task("f", 55), task("g", 59), task("f", 55)], {});
    expect(ids(merged)).toEqual([["g", "f", "e", "d"], ["c"]]);
  });

  it("inserts by submit time, not at the top, when a late change arrives", () => {
    const merged = mergeTaskChanges(base, [task("d2", 35)], {});
    expect(ids(merged)).toEqual([
      ["e", "d"],
      ["d2", "c"],
    ]);
  });

  it("leaves tasks older than everything loaded to the next page fetch, unless the list is complete", () => {
    expect(mergeTaskChanges(base, [task("old", 1)], {})).toBe(base);
    const complete = pages({ items: [task("e", 50)], nextCursor: null });
    expect(ids(mergeTaskChanges(complete, [task("old", 1)], {}))).toEqual([["e", "old"]]);
    const empty = pages({ items: [], nextCursor: null });
    expect(ids(mergeTaskChanges(empty, [task("first", 1)], {}))).toEqual([["first"]]);
  });

  it("only inserts tasks that match the list's filters, but still updates known ones", () => {
    const active = pages({ items: [task("r", 20, { status: "running" })], nextCursor: null });
    const done = task("r", 20, { status: "succeeded", updatedAt: "2026-11-26T11:00:00.000Z" });
    const newFailed = task("x", 30, { status: "failed" });
    const merged = mergeTaskChanges(active, [done, newFailed], { status: "active" });
    expect(ids(merged)).toEqual([["r"]]);
    expect(merged?.pages[0]?.items[0]?.status).toBe("succeeded");
  });
});

describe("matchesFilters", () => {
  it("mirrors the server's status groups and search", () => {
    expect(matchesFilters(task("a", 1, { status: "queued" }), { status: "active" })).toBe(true);
    expect(matchesFilters(task("a", 1, { status: "cancelled" }), { status: "failed" })).toBe(true);
    expect(matchesFilters(task("a", 1, { status: "failed" }), { status: "succeeded" })).toBe(false);
    expect(matchesFilters(task("a", 1, { prompt: "A Red Fox" }), { q: " red " })).toBe(true);
    expect(matchesFilters(task("a", 1, { prompt: "A Red Fox" }), { q: "wolf" })).toBe(false);
  });

  it("normalizes empty search away", () => {
    expect(normalizeFilters({ q: "  " })).toEqual({});
    expect(normalizeFilters({ status: "failed", q: " fox " })).toEqual({ status: "failed", q: "fox" });
  });
});

describe("mergeIntoDetail", () => {
  /** A child as the detail lists it: Ann's running U1 upscale unless the test says otherwise. */
  const childLink = (over: Partial<TaskLinkDto> & { id: string }): TaskLinkDto => ({
    author: { id: "u-ann", name: "Ann" },
    action: "UPSCALE",
    status: "running",
    buttonLabel: "U1",
    thumbnail: null,
    ...over,
  });
  const detail: TaskDetailDto = {
    ...task("p", 10, { status: "running", progress: 10 }),
    parent: null,
    inputs: [],
    children: [childLink({ id: "c1" })],
  };

  it("updates own fields but keeps lineage", () => {
    const merged = mergeIntoDetail(detail, [
      task("p", 10, { status: "succeeded", updatedAt: "2026-11-26T11:00:00.000Z" }),
    ]);
    expect(merged?.status).toBe("succeeded");
    expect(merged?.children).toBe(detail.children);
  });

  it("updates known children and appends new ones", () => {
    const thumb = { url: "/api/images/c1/thumb?v=1", width: 256, height: 256 };
    const merged = mergeIntoDetail(detail, [
      task("c1", 11, { parentId: "p", action: "UPSCALE", buttonLabel: "U1", thumbnail: thumb }),
      task("c2", 12, { parentId: "p", action: "VARIATION", buttonLabel: "V2", status: "queued" }),
      task("other", 13, { parentId: "zzz" }),
    ]);
    expect(merged?.children).toEqual([
      childLink({ id: "c1", status: "succeeded", thumbnail: thumb.url }),
      childLink({ id: "c2", action: "VARIATION", status: "queued", buttonLabel: "V2" }),
    ]);
  });

  it("returns the same object for unrelated changes", () => {
    expect(mergeIntoDetail(detail, [task("zzz", 1)])).toBe(detail);
  });
});

describe("team filters", () => {
  it("normalizes defaults away so equal filters share one cache entry", () => {
    expect(normalizeFilters({ scope: "all", favorites: false, q: "  ", member: "" })).toEqual({});
    expect(normalizeFilters({ scope: "mine", favorites: true, type: "UPSCALE" })).toEqual({
      scope: "mine",
      favorites: true,
      type: "UPSCALE",
    });
  });

  it("applies mine, member, type, dates, favorites and every search term", () => {
    const mine = task("m", 1, { author: { id: "me", name: "Me" }, prompt: "Red fox in snow" });
    const theirs = task("t", 2, { action: "UPSCALE", favorite: true });
    expect(matchesFilters(mine, { scope: "mine" }, "me")).toBe(true);
    expect(matchesFilters(theirs, { scope: "mine" }, "me")).toBe(false);
    expect(matchesFilters(theirs, { member: "u-ann" })).toBe(true);
    expect(matchesFilters(mine, { member: "u-ann" })).toBe(false);
    expect(matchesFilters(theirs, { type: "UPSCALE" })).toBe(true);
    expect(matchesFilters(mine, { type: "UPSCALE" })).toBe(false);
    expect(matchesFilters(mine, { from: "2026-11-26", to: "2026-11-26" })).toBe(true);
    expect(matchesFilters(mine, { from: "2026-11-27" })).toBe(false);
    expect(matchesFilters(mine, { to: "2026-11-25" })).toBe(false);
    expect(matchesFilters(theirs, { favorites: true })).toBe(true);
    expect(matchesFilters(mine, { favorites: true })).toBe(false);
    expect(matchesFilters(mine, { q: "fox SNOW" })).toBe(true);
    expect(matchesFilters(mine, { q: "fox cat" })).toBe(false);
    // Collection membership is not in the DTO: live tasks never jump into a collection's list.
    expect(matchesFilters(mine, { collection: "c1" })).toBe(false);
  });

  it("drops a task deleted elsewhere from every list", () => {
    const data: TaskPages = {
      pages: [{ items: [task("a", 2), task("b", 1)], nextCursor: null }],
      pageParams: [null],
    };
    const deleted = task("a", 2, { deleted: true, updatedAt: "2026-11-26T11:00:00.000Z" });
    const merged = mergeTaskChanges(data, [deleted], {});
    expect(merged?.pages[0]?.items.map((t) => t.id)).toEqual(["b"]);
    expect(matchesFilters(deleted, {})).toBe(false);
  });
});

describe("removals from the live feed (ids only)", () => {
  it("drops removed ids from every page and keeps the object when nothing matches", () => {
    const data = pages(
      { items: [task("c", 3), task("b", 2)], nextCursor: "c1" },
      { items: [task("a", 1)], nextCursor: null },
    );
    expect(ids(removeFromPages(data, new Set(["b", "a"])))).toEqual([["c"], []]);
    expect(removeFromPages(data, new Set(["zz"]))).toBe(data);
    expect(removeFromPages(data, new Set())).toBe(data);
  });

  it("marks an open detail deleted and drops removed children and parent links", () => {
    const link = (id: string) => ({
      id,
      author: null,
      action: "UPSCALE",
      status: "succeeded" as const,
      buttonLabel: "U1",
      thumbnail: null,
    });
    const detail: TaskDetailDto = {
      ...task("p", 1),
      parent: link("gp"),
      children: [link("k1"), link("k2")],
      inputs: [],
    };
    const next = removeFromDetail(detail, new Set(["p", "k1", "gp"]));
    expect(next).toMatchObject({ id: "p", deleted: true, parent: null });
    expect(next?.children.map((c) => c.id)).toEqual(["k2"]);
    expect(removeFromDetail(detail, new Set(["other"]))).toBe(detail);
  });
});

describe("used buttons", () => {
  it("a press marks its button on the cached parent once, and a later answer without the list keeps it", () => {
    const data = pages({ items: [task("a", 2), task("b", 1, { usedButtons: [] })], nextCursor: null });
    const marked = markButtonUsed(data, "b", "MJ::JOB::upsample::1::x");
    expect(marked?.pages[0]?.items[1]?.usedButtons).toEqual(["MJ::JOB::upsample::1::x"]);
    expect(
      markButtonUsed(marked, "b", "MJ::JOB::upsample::1::x")?.pages[0]?.items[1]?.usedButtons,
    ).toHaveLength(1);
    expect(markButtonUsed(data, "zzz", "U1")).toBe(data);
    // A submit's answer (no usedButtons) updates the task but keeps what the list knew.
    const later = task("b", 1, { updatedAt: "2099-01-01T00:00:00.000Z", progress: 5 });
    const merged = mergeTaskChanges(marked, [later], {});
    expect(merged?.pages[0]?.items[1]?.usedButtons).toEqual(["MJ::JOB::upsample::1::x"]);
    expect(merged?.pages[0]?.items[1]?.progress).toBe(5);
  });
});
