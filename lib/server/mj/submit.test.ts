import { describe, expect, it, vi } from "vitest";

import { caught } from "./__fixtures__/caught";
import { imagineSuite } from "./__fixtures__/imagine";
import * as W from "./__fixtures__/wire";
import { mjErrorToAppError, submitAction, submitChange } from "./index";

vi.mock("@/env.mjs", () => import("./__fixtures__/env"));

const { mock, reply, imagine } = imagineSuite();

describe("submit results", () => {
  it("code 1 with a string id → accepted, and sends the E1 request shape", async () => {
    reply(200, W.E1_ACCEPTED);
    const out = await imagine({ state: "s-1", notifyHook: "https://studio.test/hook" });
    expect(out).toMatchObject({
      kind: "accepted",
      upstreamId: "1730621826053455",
      queuePosition: null,
      code: 1,
    });
    expect(mock.up.requests[0]?.method).toBe("POST");
    expect(mock.up.requests[0]?.url).toBe("/mj/submit/imagine");
    expect(mock.up.requests[0]?.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(mock.up.requests[0]?.body ?? "")).toEqual({
      prompt: "a red fox",
      botType: "MID_JOURNEY",
      state: "s-1",
      notifyHook: "https://studio.test/hook",
    });
  });

  it.each([
    ["code 22 → accepted with queue position", W.E2_QUEUED, "1730621830112087", 2, 22],
    ["AGG 22 rewritten as 1 keeps the position", W.E20_AGG_REWRITTEN_22, "1730627000500222", 1, 1],
  ])("%s", async (_name, body, upstreamId, queuePosition, code) => {
    reply(200, body);
    expect(await imagine()).toMatchObject({ kind: "accepted", upstreamId, queuePosition, code });
  });

  it("numeric result (safe) is normalised to a string", async () => {
    reply(200, W.E18_NUMERIC_RESULT);
    const out = await imagine();
    expect(out.upstreamId).toBe("1320098173412546");
    expect(typeof out.upstreamId).toBe("string");
  });

  it("numeric result beyond 2^53 → bad_response (id lost precision)", async () => {
    reply(200, W.UNSAFE_NUMERIC_RESULT);
    const e = await caught(imagine());
    expect(e.kind).toBe("bad_response");
    expect(e.message).toMatch(/precision/);
  });

  it("TRUE 'Imagine all' (comma-joined ids) → the first id, the others as extraUpstreamIds", async () => {
    reply(
      200,
      `{"code":1,"description":"Submit success","result":"1730000000000001,1730000000000002, 1730000000000003"}`,
    );
    const out = await submitAction({ taskId: "1", customId: "MJ::Job::PicReader::all" });
    expect(out).toMatchObject({
      kind: "accepted",
      upstreamId: "1730000000000001",
      extraUpstreamIds: ["1730000000000002", "1730000000000003"],
    });
    reply(200, W.E1_ACCEPTED);
    expect(await imagine()).not.toHaveProperty("extraUpstreamIds");
  });

  it("accepted without an id → bad_response", async () => {
    reply(200, W.ACCEPTED_NO_ID);
    expect((await caught(imagine())).kind).toBe("bad_response");
  });

  it("code 21 → modal with finalPrompt; legacy OSS 21 'exists' → accepted", async () => {
    reply(200, W.E10_MODAL);
    const out = await submitAction({ taskId: "1730621901448213", customId: "MJ::CustomZoom::h" });
    expect(out).toEqual(
      expect.objectContaining({
        kind: "modal",
        upstreamId: "1730622000331774",
        code: 21,
        finalPrompt: "a red fox in snow --ar 3:2 --v 6.1",
      }),
    );
    reply(200, W.LEGACY_21_EXISTS);
    expect(await submitChange({ taskId: "1", action: "UPSCALE", index: 2 })).toMatchObject({
      kind: "accepted",
      upstreamId: "1730621901448213",
    });
  });

  it("code 24 → banned_prompt with the banned word in message and AppError details", async () => {
    reply(200, W.E3_BANNED);
    const e = await caught(imagine());
    expect(e).toMatchObject({ kind: "banned_prompt", bannedWord: "nude", upstreamCode: 24 });
    expect(e.message).toBe('The upstream rejected the prompt: banned word "nude" (code 24)');
    const app = mjErrorToAppError(e);
    expect(app.code).toBe("banned_prompt");
    expect(app.details).toEqual({ bannedWord: "nude", upstreamCode: 24 });
  });

  it.each([
    ["23 → queue_full", W.E5_QUEUE_23, "queue_full", 23],
    ["9 with queue text (TRUE) → queue_full", W.E5_QUEUE_9, "queue_full", 9],
    ["9 generic → rejected", W.CODE_9_GENERIC, "rejected", 9],
    ["4 → validation", W.E4_VALIDATION, "validation", 4],
    ["3 (HTTP 200) → not_found", W.CODE_3_PARENT, "not_found", 3],
    ["99 (unknown) → rejected", `{"code":99,"description":"odd","result":null}`, "rejected", 99],
  ])("code %s", async (_name, body, kind, code) => {
    reply(200, body);
    const e = await caught(imagine());
    expect(e.kind).toBe(kind);
    expect(e.upstreamCode).toBe(code);
  });

  it("TRUE 404 + code 3 on action → not_found", async () => {
    reply(404, W.CODE_3_PARENT);
    const e = await caught(submitAction({ taskId: "404", customId: "MJ::JOB::upsample::1::h" }));
    expect(e).toMatchObject({ kind: "not_found", upstreamCode: 3, httpStatus: 404 });
    expect(mjErrorToAppError(e).code).toBe("not_found");
  });

  it("404 without an MJ body (OSS has no /submit/action) → unsupported", async () => {
    reply(404, `{"timestamp":"2025-01-01","status":404,"error":"Not Found","path":"/mj/submit/action"}`);
    const e = await caught(submitAction({ taskId: "1", customId: "x" }));
    expect(e.kind).toBe("unsupported");
    expect(mjErrorToAppError(e).code).toBe("upstream_rejected");
  });

  it("AGG 400 unknown_action → unsupported; AGG code 5 do_request_failed → network", async () => {
    reply(400, W.AGG_UNKNOWN_ACTION);
    expect((await caught(submitAction({ taskId: "1", customId: "MJ::Job::PicReader::1" }))).kind).toBe(
      "unsupported",
    );
    reply(400, W.AGG_UPSTREAM_DOWN);
    expect((await caught(imagine())).kind).toBe("network");
  });

  it("TRUE model-binding error with HTTP 200 → validation", async () => {
    reply(200, W.TRUE_BINDING_ERROR);
    const e = await caught(imagine());
    expect(e).toMatchObject({ kind: "validation", upstreamCode: -1 });
    expect(e.message).toContain("The prompt field is required.");
  });
});
