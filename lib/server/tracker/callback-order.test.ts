import { describe, expect, it } from "vitest";

import type { UpstreamStatus, UpstreamTask } from "@/lib/server/mj";

import { callbackMovesForward, laterCallback, observationRank, storedRank } from "./callback-order";

const cb = (status: UpstreamStatus, progress: number | null = null, imageUrl: string | null = null) =>
  ({ upstreamId: "1", status, progress, imageUrl }) as UpstreamTask;

describe("the proxies' order (mj-api.md 10)", () => {
  it("NOT_START < SUBMITTED < IN_PROGRESS by progress < FAILURE = SUCCESS; MODAL below all; UNKNOWN unplaced", () => {
    const ranks = [
      cb("MODAL"),
      cb("NOT_START"),
      cb("SUBMITTED"),
      cb("IN_PROGRESS", 0),
      cb("IN_PROGRESS", 46),
    ].map(observationRank);
    expect(ranks).toEqual([...ranks].sort((a, b) => (a as number) - (b as number)));
    expect(new Set(ranks).size).toBe(ranks.length);
    expect(observationRank(cb("SUCCESS", 100))).toBe(observationRank(cb("FAILURE")));
    expect(observationRank(cb("IN_PROGRESS", 93))).toBeLessThan(observationRank(cb("SUCCESS")) as number);
    expect(observationRank(cb("UNKNOWN"))).toBeNull();
  });

  it("a task running at 100 % is still below the end", () => {
    const done = observationRank(cb("SUCCESS", 100)) as number;
    expect(observationRank(cb("IN_PROGRESS", 100))).toBeLessThan(done);
    expect(storedRank({ status: "running", progress: 100 })).toBeLessThan(done);
    expect(observationRank(cb("IN_PROGRESS", 99))).toBeLessThan(
      observationRank(cb("IN_PROGRESS", 100)) as number,
    );
  });
});

describe("whether a callback moves a stored task", () => {
  it.each([
    ["running 46%", "IN_PROGRESS 62%", "running", 46, cb("IN_PROGRESS", 62), true],
    ["running 62%", "a late IN_PROGRESS 46%", "running", 62, cb("IN_PROGRESS", 46), false],
    [
      "running 62%",
      "a duplicate IN_PROGRESS 62%",
      "running",
      62,
      cb("IN_PROGRESS", 62, "https://cdn/a.webp"),
      false,
    ],
    [
      "running 62%",
      "62% with a newer preview",
      "running",
      62,
      cb("IN_PROGRESS", 62, "https://cdn/b.webp"),
      true,
    ],
    ["submitted", "a duplicate SUBMITTED", "submitted", 0, cb("SUBMITTED", 0), false],
    ["running 62%", "a late SUBMITTED", "running", 62, cb("SUBMITTED"), false],
    ["running 62%", "SUCCESS", "running", 62, cb("SUCCESS", 100), true],
    ["running 62%", "FAILURE", "running", 62, cb("FAILURE"), true],
    ["running 100%", "SUCCESS", "running", 100, cb("SUCCESS", 100), true],
    ["running 100%", "FAILURE", "running", 100, cb("FAILURE"), true],
    ["running 100%", "a duplicate IN_PROGRESS 100%", "running", 100, cb("IN_PROGRESS", 100), false],
    ["succeeded", "a late IN_PROGRESS", "succeeded", 100, cb("IN_PROGRESS", 93), false],
    ["succeeded", "a duplicate SUCCESS", "succeeded", 100, cb("SUCCESS", 100), false],
    ["failed", "SUCCESS", "failed", null, cb("SUCCESS", 100), false],
    ["queued", "SUBMITTED", "queued", null, cb("SUBMITTED"), true],
    ["submitted", "a late NOT_START", "submitted", 0, cb("NOT_START"), false],
    ["in the dialog", "NOT_START after the confirm", "modal", null, cb("NOT_START"), true],
    ["queued after the confirm", "a stale MODAL", "queued", null, cb("MODAL"), false],
    ["running", "a status we cannot place", "running", 10, cb("UNKNOWN", 50), false],
  ] as const)("%s + %s → %s", (_stored, _observed, status, progress, observed, moves) => {
    expect(callbackMovesForward(observed, { status, progress, upstreamImageUrl: "https://cdn/a.webp" })).toBe(
      moves,
    );
  });
});

describe("coalescing two callbacks for one task", () => {
  it("keeps the later one unless it is behind", () => {
    const p46 = cb("IN_PROGRESS", 46);
    const p62 = cb("IN_PROGRESS", 62);
    const done = cb("SUCCESS", 100);
    expect(laterCallback(p46, p62)).toBe(p62);
    expect(laterCallback(p62, p46)).toBe(p62);
    expect(laterCallback(done, p62)).toBe(done);
    const again = cb("IN_PROGRESS", 62, "https://cdn.example/newer.webp");
    expect(laterCallback(p62, again)).toBe(again);
    expect(laterCallback(p62, cb("UNKNOWN"))).toBe(p62);
    // A late "100 %" must not replace the end that arrived before it.
    expect(laterCallback(done, cb("IN_PROGRESS", 100))).toBe(done);
  });
});
