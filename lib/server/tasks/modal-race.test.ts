// A confirmed dialog keeps its upstream id, so the tracker may learn of the job (callbacks, a pass's read) while the
// confirmation still waits for its answer, or with a read taken before the confirmation was written. Neither writer
// may undo the other's news; and nothing is sent twice.
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

import type { UpstreamStatus, UpstreamTask } from "@/lib/server/mj";
import { env } from "@/lib/server/mj/__fixtures__/env";
import * as W from "@/lib/server/mj/__fixtures__/wire";
import type * as ApplyModule from "@/lib/server/tracker/apply";
import type { ObservedRow } from "@/lib/server/tracker/apply";

import { MEMBER, submitSuite } from "./submit-fixture";

vi.mock("@/env.mjs", () => import("@/lib/server/mj/__fixtures__/env"));

const s = submitSuite();
let applyObservation: typeof ApplyModule.applyObservation;

beforeAll(async () => {
  Object.assign(env, { TRACKER_STALL_LIMIT_MS: 3_600_000, TRACKER_VANISH_GRACE_MS: 600_000 });
  ({ applyObservation } = await import("@/lib/server/tracker/apply"));
});

const UPSTREAM_ID = "1730622000331774";
const observed = (status: UpstreamStatus, progress: number | null = null) =>
  ({
    upstreamId: UPSTREAM_ID,
    action: "",
    status,
    progress,
    prompt: null,
    promptEn: null,
    finalPrompt: null,
    imageUrl: null,
    imageWidth: null,
    imageHeight: null,
    failReason: null,
    state: null,
    submitTime: null,
    startTime: null,
    finishTime: null,
    buttons: null,
    videos: [],
    raw: {},
  }) satisfies UpstreamTask;

const row = () => s.db.task.findUniqueOrThrow({ where: { id: "t_dialog" } });
const confirm = (prompt = "a red fox at dawn") =>
  s.tasks.confirmModal("t_dialog", { prompt, idempotencyKey: "key-race-0001" }, MEMBER);

describe("a dialog's confirmation and the tracker", () => {
  beforeEach(async () => {
    await s.db.task.create({
      data: {
        id: "t_dialog",
        action: "IMAGINE",
        prompt: "a red fox",
        finalPrompt: "a red fox in snow",
        authorId: MEMBER.id,
        status: "modal",
        upstreamId: UPSTREAM_ID,
        customId: "MJ::Job::PromptAnalyzer::1",
      },
    });
  });

  it("a callback applied while the confirmation waits is not overwritten by its answer", async () => {
    s.mock.up.setHandler(async () => {
      // The upstream already reports the job running before it answers the confirmation.
      const before = (await row()) as unknown as ObservedRow;
      expect(await applyObservation(before, observed("IN_PROGRESS", 40), new Date())).toBe(true);
      return { status: 200, body: W.E1_ACCEPTED };
    });
    const { task } = await confirm();
    expect(task).toMatchObject({ status: "running", progress: 40, prompt: "a red fox at dawn" });
    expect(await row()).toMatchObject({
      status: "running",
      upstreamCode: 1,
      finalPrompt: "a red fox at dawn",
    });
    expect(s.submits()).toEqual(["/mj/submit/modal"]);
  });

  it("a read taken in the dialog does not pull a confirmed task back into it", async () => {
    const readBefore = (await row()) as unknown as ObservedRow;
    s.mock.up.setHandler(() => ({ status: 200, body: W.E1_ACCEPTED }));
    expect((await confirm()).task.status).toBe("submitted");
    // Same lastSyncedAt (a confirmation is not an observation), but the status moved on.
    expect(await applyObservation(readBefore, observed("MODAL"), new Date())).toBe(false);
    expect(await row()).toMatchObject({ status: "submitted" });
  });
});
