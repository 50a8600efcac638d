import { describe, expect, it } from "vitest";

import { reshapeTask, type UpstreamTask } from "@/lib/server/mj";

import { decide, isBannedWordFailure, mapUpstreamStatus, type TrackedTask } from "./decide";

const limits = { stallLimitMs: 10 * 60_000, vanishGraceMs: 60_000 };
const t0 = new Date("2026-11-26T10:00:00Z");
const at = (ms: number) => new Date(t0.getTime() + ms);

function tracked(over: Partial<TrackedTask> = {}): TrackedTask {
  return {
    status: "submitted",
    action: "IMAGINE",
    progress: 0,
    upstreamImageUrl: null,
    finalPrompt: null,
    lastChangeAt: t0,
    missingSince: null,
    startedAt: null,
    ...over,
  };
}

function upstream(over: Partial<UpstreamTask> = {}): UpstreamTask {
  return {
    upstreamId: "1730621826053455",
    action: "IMAGINE",
    status: "IN_PROGRESS",
    progress: 46,
    prompt: "a fox",
    promptEn: "a fox",
    finalPrompt: "a fox --v 7",
    imageUrl: "https://cdn.example/preview.webp?ex=1",
    imageWidth: null,
    imageHeight: null,
    failReason: null,
    state: null,
    submitTime: t0,
    startTime: at(1000),
    finishTime: null,
    buttons: null,
    videos: [],
    raw: {},
    ...over,
  };
}

describe("mapUpstreamStatus", () => {
  // Every upstream status; null for an unknown one keeps the current status.
  it.each([
    ["NOT_START", "queued"],
    ["SUBMITTED", "submitted"],
    ["IN_PROGRESS", "running"],
    ["MODAL", "modal"],
    ["SUCCESS", "succeeded"],
    ["FAILURE", "failed"],
    ["CANCEL", "cancelled"],
    ["UNKNOWN", null],
  ] as const)("maps %s to %s", (upstreamStatus, status) => {
    expect(mapUpstreamStatus(upstreamStatus)).toBe(status);
  });
});

describe("decide", () => {
  it("moves a submitted task to running with progress and asks for the preview", () => {
    const d = decide(tracked(), upstream(), at(5000), limits);
    expect(d.patch.status).toBe("running");
    expect(d.patch.progress).toBe(46);
    expect(d.patch.lastChangeAt).toEqual(at(5000));
    expect(d.patch.startedAt).toEqual(at(1000));
    expect(d.fetchPreview).toBe("https://cdn.example/preview.webp?ex=1");
    expect(d.fetchFinalImage).toBeNull();
  });

  it("does not re-download an unchanged preview", () => {
    const d = decide(
      tracked({ status: "running", progress: 46, upstreamImageUrl: "https://cdn.example/preview.webp?ex=1" }),
      upstream(),
      at(5000),
      limits,
    );
    expect(d.fetchPreview).toBeNull();
    expect(d.patch.lastChangeAt).toBeUndefined();
  });

  it("finishes on SUCCESS: progress 100, buttons stored, final image requested", () => {
    const buttons = [{ customId: "MJ::JOB::upsample::1::h", label: "U1", emoji: "" }];
    const d = decide(
      tracked({ status: "running", progress: 93 }),
      upstream({
        status: "SUCCESS",
        progress: 100,
        imageUrl: "https://cdn.example/final.png",
        finishTime: at(9000),
        buttons,
      }),
      at(10_000),
      limits,
    );
    expect(d.patch.status).toBe("succeeded");
    expect(d.patch.progress).toBe(100);
    expect(d.patch.finishedAt).toEqual(at(9000));
    expect(JSON.parse(d.patch.buttons ?? "[]")).toEqual(buttons);
    expect(d.fetchFinalImage).toBe("https://cdn.example/final.png");
  });

  it.each([
    ["records the upstream's failure reason", "[Invalid parameter] bad --ar", "UPSTREAM_FAILURE"],
    [
      "explains TRUE's Chinese sensitive-word failure as a banned prompt, keeping its words",
      "可能包含敏感词",
      "BANNED_PROMPT",
    ],
  ])("%s", (_name, failReason, failCode) => {
    const d = decide(tracked(), upstream({ status: "FAILURE", progress: null, failReason }), at(1), limits);
    expect(d.patch).toMatchObject({ status: "failed", failCode, failReason });
  });

  it("falls back to a reason of its own when the upstream gives none", () => {
    const without = decide(tracked(), upstream({ status: "FAILURE", failReason: "" }), at(1), limits);
    expect(without.patch.failReason).toMatch(/without a reason/);
    expect(without.patch.finishedAt).toEqual(at(1));
  });

  it("tells a sensitive-word failure from any other reason", () => {
    expect(isBannedWordFailure("[Invalid parameter] bad --ar")).toBe(false);
    expect(isBannedWordFailure(null)).toBe(false);
  });

  it("keeps the studio's action when an aggregator relabels the task as MODAL", () => {
    const d = decide(
      tracked({ action: "ZOOM" }),
      upstream({ action: "MODAL", status: "SUBMITTED" }),
      at(1),
      limits,
    );
    expect(d.patch.action).toBeUndefined();
    const real = decide(tracked({ action: "ACTION" }), upstream({ action: "UPSCALE" }), at(1), limits);
    expect(real.patch.action).toBe("UPSCALE");
  });

  it("keeps the current status when the upstream sends an unknown one", () => {
    const d = decide(
      tracked({ status: "running", progress: 30 }),
      upstream({ status: "UNKNOWN", progress: 30, imageUrl: null }),
      at(1),
      limits,
    );
    expect(d.patch.status).toBe("running");
  });

  it("marks a missing task, then fails it as VANISHED after the grace period", () => {
    const first = decide(tracked(), null, at(1000), limits);
    expect(first.patch).toEqual({ lastSyncedAt: at(1000), missingSince: at(1000) });
    const within = decide(tracked({ missingSince: at(1000) }), null, at(30_000), limits);
    expect(within.patch.status).toBeUndefined();
    const after = decide(tracked({ missingSince: at(1000) }), null, at(61_000), limits);
    expect(after.patch).toMatchObject({ status: "failed", failCode: "VANISHED" });
  });

  it("clears the missing mark when the task reappears", () => {
    const d = decide(tracked({ missingSince: at(1000) }), upstream(), at(2000), limits);
    expect(d.patch.missingSince).toBeNull();
  });

  it("fails a task with no change past the stall limit, but not one that is still moving", () => {
    const still = tracked({
      status: "running",
      progress: 46,
      upstreamImageUrl: "https://cdn.example/preview.webp?ex=1",
    });
    const stalled = decide(still, upstream(), at(limits.stallLimitMs), limits);
    expect(stalled.patch).toMatchObject({ status: "failed", failCode: "STALLED" });
    const moving = decide(still, upstream({ progress: 62 }), at(limits.stallLimitMs), limits);
    expect(moving.patch.status).toBe("running");
  });

  it("never stalls a task waiting in the dialog (MODAL): a person, not the upstream, is due", () => {
    const waiting = decide(
      tracked({ status: "modal", progress: null }),
      upstream({ status: "MODAL", progress: null, imageUrl: null }),
      at(limits.stallLimitMs * 3),
      limits,
    );
    expect(waiting.patch.status).toBe("modal");
    expect(waiting.patch.failCode).toBeUndefined();
  });

  it("never touches a task that is already terminal", () => {
    const d = decide(tracked({ status: "succeeded" }), upstream({ status: "FAILURE" }), at(1), limits);
    expect(d.patch).toEqual({ lastSyncedAt: at(1) });
    expect(d.fetchFinalImage).toBeNull();
  });

  it("treats an aggregator's not-yet-synced task (SUBMITTED, 0%) as submitted, not failed", () => {
    const d = decide(
      tracked({ status: "submitted", progress: null }),
      upstream({ status: "SUBMITTED", progress: 0, imageUrl: null }),
      at(1),
      limits,
    );
    expect(d.patch.status).toBe("submitted");
    expect(d.patch.progress).toBe(0);
  });
});

describe("the stored raw upstream JSON", () => {
  it("never keeps the callback URL or its token, wherever the upstream echoes it", () => {
    const token = "q8Zr2v0x-per-upstream-token-AbCdEfGhIjKlMnOpQ";
    const hook = `https://studio.example.test/api/mj/notify?token=${token}`;
    const observed = reshapeTask({
      id: "1730621826053455",
      action: "IMAGINE",
      status: "IN_PROGRESS",
      progress: "46%",
      notifyHook: hook,
      properties: { notifyHook: hook, finalPrompt: "a fox --v 7", extra: [{ callback: hook }] },
    });
    expect(observed).not.toBeNull();
    const d = decide(tracked(), observed, at(5000), limits);
    expect(d.patch.rawUpstream).toBeDefined();
    expect(d.patch.rawUpstream).not.toContain(token);
    expect(d.patch.rawUpstream).not.toContain("/api/mj/notify");
    // The rest of what the upstream said is kept for diagnosis.
    expect(JSON.parse(d.patch.rawUpstream ?? "{}")).toMatchObject({
      status: "IN_PROGRESS",
      properties: { finalPrompt: "a fox --v 7" },
    });
  });
});
