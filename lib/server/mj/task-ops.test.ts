import { beforeEach, describe, expect, it, vi } from "vitest";

import { caught } from "./__fixtures__/caught";
import { mockUpstreamSuite } from "./__fixtures__/suite";
import * as W from "./__fixtures__/wire";
import { cancelTask, fetchImageSeed, getUpstreamCallCount, resetUpstreamCallCount } from "./index";

vi.mock("@/env.mjs", () => import("./__fixtures__/env"));

const mock = mockUpstreamSuite((url) => ({ MJ_API_BASE: url, MJ_API_KEY: "k-secret-2", MJ_MODE: "fast" }));
const { reply } = mock;
beforeEach(() => {
  resetUpstreamCallCount();
});

describe("fetchImageSeed", () => {
  it("GETs /mj/task/{id}/image-seed (no mode prefix) and returns the seed as a string (E18)", async () => {
    reply(200, W.E18_SEED);
    expect(await fetchImageSeed("1730621901448213")).toBe("636646138");
    expect(mock.up.requests[0]).toMatchObject({ method: "GET", url: "/mj/task/1730621901448213/image-seed" });
    expect(getUpstreamCallCount()).toEqual({ "GET /mj/task/:id/image-seed": 1 });
  });

  it("a numeric seed is normalised to a string", async () => {
    reply(200, W.SEED_NUMERIC);
    expect(await fetchImageSeed("1")).toBe("636646138");
  });

  it("400 + code 4 (task has no message hash yet) → validation with the upstream text", async () => {
    reply(400, W.SEED_NO_HASH);
    const e = await caught(fetchImageSeed("1"));
    expect(e).toMatchObject({ kind: "validation", upstreamCode: 4, httpStatus: 400 });
    expect(e.description).toBe("关联任务状态错误");
  });

  it.each([
    ["TRUE 404 + code 3", 404, W.CODE_3_PARENT],
    ["AGG 400 task_no_found", 400, W.AGG_TASK_NO_FOUND],
    ["200 + code 3 (未找到 seed)", 200, W.SEED_NOT_FOUND_TRUE],
  ])("%s → not_found", async (_name, status, body) => {
    reply(status, body);
    expect((await caught(fetchImageSeed("1"))).kind).toBe("not_found");
  });

  it("no such endpoint (OSS 404 without an MJ body) → unsupported, not retried", async () => {
    reply(404, W.SPRING_404);
    expect((await caught(fetchImageSeed("1"))).kind).toBe("unsupported");
    expect(mock.up.requests).toHaveLength(1);
  });

  it("a success without a seed → bad_response", async () => {
    reply(200, `{"code":1,"description":"成功","result":null}`);
    expect((await caught(fetchImageSeed("1"))).kind).toBe("bad_response");
  });
});

describe("cancelTask", () => {
  it("POSTs /mj/task/{id}/cancel without mode prefix; PLUS SubmitResult and TRUE empty 200 both succeed", async () => {
    reply(200, W.CANCEL_OK_PLUS);
    await cancelTask("1730622000331774");
    expect(mock.up.requests[0]).toMatchObject({ method: "POST", url: "/mj/task/1730622000331774/cancel" });
    reply(200);
    await expect(cancelTask("1730622000331774")).resolves.toBeUndefined();
  });

  it.each([
    ["Spring JSON 404", 404, W.SPRING_404],
    ["plain-text 404", 404, "Not Found"],
    ["405", 405, undefined],
  ])("no cancel endpoint (%s) → unsupported", async (_name, status, body) => {
    reply(status, body);
    const e = await caught(cancelTask("1"));
    expect(e.kind).toBe("unsupported");
    expect(e.message).toMatch(/does not support/);
  });

  it("unknown task (404 + code 3) → not_found; refusal (200 + code 4) → validation", async () => {
    reply(404, W.CODE_3_PARENT);
    expect((await caught(cancelTask("1"))).kind).toBe("not_found");
    reply(200, `{"code":4,"description":"关联任务状态错误","result":null,"properties":{}}`);
    expect((await caught(cancelTask("1"))).kind).toBe("validation");
  });

  it("is not retried on a 5xx (the first attempt may have cancelled already)", async () => {
    reply(503, "Service Unavailable");
    expect((await caught(cancelTask("1"))).kind).toBe("network");
    expect(mock.up.requests).toHaveLength(1);
  });
});
