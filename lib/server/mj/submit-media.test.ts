import { describe, expect, it, vi } from "vitest";

import { caught } from "./__fixtures__/caught";
import { mockUpstreamSuite } from "./__fixtures__/suite";
import * as W from "./__fixtures__/wire";
import { mjErrorToAppError, submitBlend, submitDescribe, submitShorten, submitSwapFace } from "./index";

vi.mock("@/env.mjs", () => import("./__fixtures__/env"));

const PNG = "data:image/png;base64,iVBORw0KGgo=";
const JPG = "data:image/jpeg;base64,/9j/4AAQ";
const mock = mockUpstreamSuite((url) => ({ MJ_API_BASE: url, MJ_API_KEY: "k-secret-9", MJ_MODE: "relax" }));
const { reply } = mock;

const sent = (i = 0) => JSON.parse(mock.up.requests[i]?.body ?? "null") as Record<string, unknown>;

describe("describe / blend / shorten / swap submits", () => {
  it("describe: POST /mj-relax/mj/submit/describe with base64, botType, notifyHook and state", async () => {
    reply(200, W.E1_ACCEPTED);
    const out = await submitDescribe(
      { base64: JPG, botType: "NIJI_JOURNEY" },
      { notifyHook: "https://studio.test/hook", state: "t-1" },
    );
    expect(out).toMatchObject({ kind: "accepted", upstreamId: "1730621826053455", code: 1 });
    expect(mock.up.requests[0]?.url).toBe("/mj-relax/mj/submit/describe");
    expect(sent()).toEqual({
      base64: JPG,
      botType: "NIJI_JOURNEY",
      notifyHook: "https://studio.test/hook",
      state: "t-1",
    });
  });

  it("blend: sends dimensions explicitly, defaults botType, honours a per-call mode", async () => {
    reply(200, W.E2_QUEUED);
    const out = await submitBlend({ base64Array: [PNG, JPG, PNG], dimensions: "PORTRAIT" }, { mode: "fast" });
    expect(out).toMatchObject({ kind: "accepted", queuePosition: 2, code: 22 });
    expect(mock.up.requests[0]?.url).toBe("/mj-fast/mj/submit/blend");
    expect(sent()).toEqual({ base64Array: [PNG, JPG, PNG], dimensions: "PORTRAIT", botType: "MID_JOURNEY" });
  });

  it.each([[[PNG]], [[PNG, PNG, PNG, PNG, PNG, PNG]]])(
    "blend with %# a wrong image count is refused before anything is sent",
    async (images) => {
      const e = await caught(submitBlend({ base64Array: images, dimensions: "SQUARE" }));
      expect(e.kind).toBe("validation");
      expect(e.message).toMatch(/2 to 5 images/);
      expect(mock.up.requests).toHaveLength(0);
    },
  );

  it("blend: the upstream's base64List参数错误 (code 4) → validation with its text", async () => {
    reply(200, W.E14_BLEND_ONE_IMAGE);
    const e = await caught(submitBlend({ base64Array: [PNG, PNG], dimensions: "SQUARE" }));
    expect(e).toMatchObject({ kind: "validation", upstreamCode: 4, description: "base64List参数错误" });
    expect(mjErrorToAppError(e).code).toBe("upstream_rejected");
  });

  it("shorten: POST /submit/shorten; a blank prompt never leaves the process", async () => {
    reply(200, W.E1_ACCEPTED);
    await submitShorten({ prompt: "an ornate victorian greenhouse, 35mm" });
    expect(mock.up.requests[0]?.url).toBe("/mj-relax/mj/submit/shorten");
    expect(sent()).toEqual({ prompt: "an ornate victorian greenhouse, 35mm", botType: "MID_JOURNEY" });
    expect((await caught(submitShorten({ prompt: "  " }))).kind).toBe("validation");
    expect(mock.up.requests).toHaveLength(1);
  });

  it("shorten on a server without the endpoint (OSS 404) → unsupported", async () => {
    reply(404, W.SPRING_404);
    const e = await caught(submitShorten({ prompt: "cat" }));
    expect(e).toMatchObject({ kind: "unsupported", httpStatus: 404 });
  });

  it("swap face: POST /mj/insight-face/swap without botType (E16)", async () => {
    reply(200, W.E16_SWAP_ACCEPTED);
    const out = await submitSwapFace({ sourceBase64: PNG, targetBase64: JPG }, { state: "swap-7" });
    expect(out).toMatchObject({ kind: "accepted", upstreamId: "1730626000400111" });
    expect(mock.up.requests[0]?.url).toBe("/mj-relax/mj/insight-face/swap");
    expect(sent()).toEqual({ sourceBase64: PNG, targetBase64: JPG, state: "swap-7" });
  });

  it("swap face: AGG sour_base64_and_target_base64_is_required (HTTP 400) → validation", async () => {
    reply(400, W.AGG_SWAP_MISSING);
    const e = await caught(submitSwapFace({ sourceBase64: PNG, targetBase64: JPG }));
    expect(e).toMatchObject({
      kind: "validation",
      httpStatus: 400,
      upstreamCode: 4,
      description: "sour_base64_and_target_base64_is_required",
    });
    // An empty side is refused locally with the field name.
    const local = await caught(submitSwapFace({ sourceBase64: "", targetBase64: JPG }));
    expect(local.message).toMatch(/sourceBase64/);
    expect(mock.up.requests).toHaveLength(1);
  });

  it("submits are never retried: a 502 is sent once", async () => {
    reply(502, W.HTML_502);
    expect((await caught(submitDescribe({ base64: PNG }))).kind).toBe("network");
    expect(mock.up.requests).toHaveLength(1);
  });
});
