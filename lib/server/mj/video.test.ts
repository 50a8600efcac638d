import { describe, expect, it, vi } from "vitest";

import { caught } from "./__fixtures__/caught";
import { mockUpstreamSuite } from "./__fixtures__/suite";
import * as V from "./__fixtures__/video-wire";
import { mjErrorToAppError, reshapeTask, submitVideo } from "./index";
import { parseVideos } from "./reshape-video";

vi.mock("@/env.mjs", () => import("./__fixtures__/env"));

const START = "https://cdn.midjourney.com/3785da15-4f70-4034-9128-f3ff1ac634fa/0_0.png";
const PNG = "data:image/png;base64,iVBORw0KGgo=";
const mock = mockUpstreamSuite((url) => ({ MJ_API_BASE: url, MJ_API_KEY: "k-secret-9" }));
const { reply } = mock;
const sent = (i = 0) => JSON.parse(mock.up.requests[i]?.body ?? "null") as Record<string, unknown>;

describe("submitVideo", () => {
  it("animate: POST /mj/submit/video with the frames and options, defaults left to the upstream", async () => {
    reply(200, V.VIDEO_ACCEPTED);
    const out = await submitVideo(
      { kind: "animate", prompt: " the fox runs ", image: START, endImage: PNG, motion: "high", loop: false },
      { state: "t-9" },
    );
    expect(out).toMatchObject({ kind: "accepted", upstreamId: "1730630000700111", code: 1 });
    expect(mock.up.requests[0]?.url).toBe("/mj/submit/video");
    expect(sent()).toEqual({
      prompt: "the fox runs",
      motion: "high",
      image: START,
      endImage: PNG,
      loop: false,
      state: "t-9",
    });
  });

  it("extend: action, taskId and index go out; motion defaults to low; batch size and 720p are sent", async () => {
    reply(200, V.VIDEO_ACCEPTED);
    await submitVideo({
      kind: "extend",
      prompt: "keep running",
      taskId: "1730630000700111",
      index: 3,
      batchSize: 1,
      videoType: "vid_1.1_i2v_720",
    });
    expect(sent()).toEqual({
      prompt: "keep running",
      motion: "low",
      action: "extend",
      taskId: "1730630000700111",
      index: 3,
      batchSize: 1,
      videoType: "vid_1.1_i2v_720",
    });
  });

  it.each([
    ["an empty prompt", { kind: "animate", prompt: "  ", image: START }, /prompt must not be empty/],
    [
      "a file path as frame",
      { kind: "animate", prompt: "x", image: "/etc/passwd" },
      /image: must be an http/,
    ],
    ["a batch of 3", { kind: "animate", prompt: "x", image: START, batchSize: 3 }, /batchSize/],
    ["extend index 4", { kind: "extend", prompt: "x", taskId: "1", index: 4 }, /index/],
    ["an unknown field", { kind: "animate", prompt: "x", image: START, seed: 1 }, /seed|Unrecognized/],
  ])("%s is refused before anything is sent (it would cost)", async (_name, input, message) => {
    const e = await caught(submitVideo(input as never));
    expect(e.kind).toBe("validation");
    expect(e.message).toMatch(message);
    expect(mock.up.requests).toHaveLength(0);
  });

  it("TRUE's 视频功能未启用 (code 4) → kind video_disabled → app code upstream_video_disabled", async () => {
    reply(200, V.TRUE_VIDEO_DISABLED);
    const e = await caught(submitVideo({ kind: "animate", prompt: "x", image: START }));
    expect(e).toMatchObject({ kind: "video_disabled", upstreamCode: 4, description: "视频功能未启用" });
    const app = mjErrorToAppError(e);
    expect(app.code).toBe("upstream_video_disabled");
    expect(app.status).toBe(422);
  });

  it("the aggregator's HTTP 400 relay of it is the same kind", async () => {
    reply(400, V.AGG_VIDEO_DISABLED);
    const e = await caught(submitVideo({ kind: "animate", prompt: "x", image: START }));
    expect(e).toMatchObject({ kind: "video_disabled", httpStatus: 400, upstreamCode: 4 });
  });

  it("other code-4 answers stay plain validation; TRUE's 404 parent-not-found is not_found", async () => {
    reply(200, `{"code":4,"description":"参数错误","result":null}`);
    expect((await caught(submitVideo({ kind: "animate", prompt: "x", image: START }))).kind).toBe(
      "validation",
    );
    reply(404, V.TRUE_VIDEO_PARENT_404);
    const e = await caught(submitVideo({ kind: "extend", prompt: "x", taskId: "17", index: 0 }));
    expect(e.kind).toBe("not_found");
  });
});

describe("reshapeTask videos", () => {
  it("TRUE: the main clip first, every clip once, thumbnails as posters", () => {
    const task = reshapeTask(JSON.parse(V.TRUE_VIDEO_SUCCESS));
    expect(task?.action).toBe("VIDEO");
    expect(task?.videos).toEqual([
      {
        url: "https://cdn.midjourney.com/video/9b3c/0.mp4",
        posterUrl: "https://cdn.midjourney.com/video/9b3c/0_0.webp",
      },
      {
        url: "https://cdn.midjourney.com/video/9b3c/1.mp4",
        posterUrl: "https://cdn.midjourney.com/video/9b3c/1_0.webp",
      },
      { url: "https://cdn.midjourney.com/video/9b3c/2.mp4", posterUrl: null },
      { url: "https://cdn.midjourney.com/video/9b3c/3.mp4", posterUrl: null },
    ]);
    expect(task?.buttons?.map((b) => b.customId)).toContain("MJ::JOB::video_virtual_upscale::1::9b3c");
  });

  it("AGG: [{url}] without thumbnails; before sync every spelling of 'none' is []", () => {
    expect(reshapeTask(JSON.parse(V.AGG_VIDEO_SUCCESS))?.videos).toEqual([
      { url: "https://relay.example/mj/video/1730630000700222/0.mp4", posterUrl: null },
      { url: "https://relay.example/mj/video/1730630000700222/1.mp4", posterUrl: null },
    ]);
    expect(reshapeTask(JSON.parse(V.AGG_VIDEO_PENDING))?.videos).toEqual([]);
    expect(reshapeTask({ id: "1", status: "SUCCESS" })?.videos).toEqual([]);
  });

  it("tolerates plain strings, junk entries and a videoUrl missing from the list", () => {
    expect(
      parseVideos(" /mj/video/1.mp4 ", ["/mj/video/2.mp4", 7, { url: "" }, { thumbnail: "x" }, "bad url"]),
    ).toEqual([
      { url: "/mj/video/1.mp4", posterUrl: null },
      { url: "/mj/video/2.mp4", posterUrl: null },
    ]);
    expect(parseVideos(null, [{ url: "a.mp4" }, { url: "a.mp4", thumbnail: "a.webp" }])).toEqual([
      { url: "a.mp4", posterUrl: "a.webp" },
    ]);
    expect(parseVideos(42, "not a list")).toEqual([]);
  });

  it("bounds what it keeps: at most 8 clips, no over-long URL", () => {
    const many = Array.from({ length: 20 }, (_, i) => `https://cdn.example/${i}.mp4`);
    expect(parseVideos(null, many)).toHaveLength(8);
    expect(parseVideos(`https://cdn.example/${"a".repeat(5000)}.mp4`, null)).toEqual([]);
  });
});
