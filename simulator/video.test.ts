import "server-only";

import sharp from "sharp";
import { describe, expect, it } from "vitest";

import { handleSimRequest } from "./router";
import { getStats, updateSettings } from "./settings";
import { call, imagine, waitFor, withTempSimulator } from "./test-http";

withTempSimulator();

const START = "https://cdn.example/start.png";
type Clip = { url: string; thumbnail?: string };
type Button = { customId: string; label: string };

async function video(body: Record<string, unknown>): Promise<Record<string, unknown>> {
  const res = await call("POST", "/mj/submit/video", { prompt: "the fox runs", image: START, ...body });
  expect(res.json).toMatchObject({ code: 1 });
  return waitFor(res.json.result as string, ["SUCCESS", "FAILURE"]);
}

/** A v7 upscale: the picture Animate is offered on. */
async function upscaled(prompt = "a fox --v 7"): Promise<Record<string, unknown>> {
  const grid = await waitFor(await imagine(prompt), ["SUCCESS"]);
  const hash = (grid.properties as { messageHash: string }).messageHash;
  const u = await call("POST", "/mj/submit/action", {
    taskId: grid.id,
    customId: `MJ::JOB::upsample::2::${hash}`,
  });
  return waitFor(u.json.result as string, ["SUCCESS"]);
}

const press = async (taskId: unknown, customId: string) => {
  const res = await call("POST", "/mj/submit/action", { taskId, customId });
  expect(res.json).toMatchObject({ code: 1 });
  return waitFor(res.json.result as string, ["SUCCESS", "FAILURE"]);
};
const buttonsOf = (task: Record<string, unknown>) => (task.buttons as Button[]).map((b) => b.customId);

describe("POST /mj/submit/video", () => {
  it("runs like an image task and ends with a poster, the main clip and the batch", async () => {
    const res = await call("POST", "/mj/submit/video", {
      prompt: "the fox runs",
      image: START,
      batchSize: 2,
    });
    expect(res.json).toMatchObject({ code: 1 });
    const id = res.json.result as string;
    const running = await waitFor(id, ["SUBMITTED", "IN_PROGRESS", "SUCCESS"]);
    expect(running).toMatchObject({ action: "VIDEO", description: "/video the fox runs" });
    const done = await waitFor(id, ["SUCCESS"]);
    const clips = done.videoUrls as Clip[];
    expect(clips).toHaveLength(2);
    expect(done.videoUrl).toBe(clips[0]?.url);
    expect(clips[0]?.url).toMatch(/\/sim\/attachments\/\d+\/simuser_the_fox_runs_[0-9a-f-]{36}_0\.mp4\?ex=/);
    const hash = (done.properties as { messageHash: string }).messageHash;
    expect(buttonsOf(done)).toEqual([
      `MJ::JOB::video_virtual_upscale::1::${hash}`,
      `MJ::JOB::video_virtual_upscale::2::${hash}`,
      `MJ::JOB::reroll::0::${hash}::SOLO`,
      `MJ::JOB::animate_high_extend::1::${hash}`,
      `MJ::JOB::animate_low_extend::1::${hash}`,
    ]);
    // The poster is the clip's first frame, at the clip's size (1:1 by default here).
    const poster = await handleSimRequest(new Request(done.imageUrl as string));
    expect(poster.headers.get("content-type")).toBe("image/png");
    const meta = await sharp(Buffer.from(await poster.arrayBuffer())).metadata();
    expect([meta.width, meta.height, done.imageWidth]).toEqual([128, 128, 128]);
    expect(getStats().submits).toBe(1);
    expect(getStats().requests["POST /mj/submit/video"]).toBe(1);
  });

  it("fails like an image job when asked to (sim:fail), without clips; so does an extend", async () => {
    const failed = await video({ prompt: "the fox runs sim:fail" });
    expect(failed).toMatchObject({ status: "FAILURE", action: "VIDEO", videoUrl: null, videoUrls: [] });
    expect(failed.failReason).toContain("asked to fail");
    const done = await video({ batchSize: 1 });
    const ext = { prompt: "more sim:fail", action: "extend", taskId: done.id, index: 0 };
    const res = await call("POST", "/mj/submit/video", ext);
    expect(await waitFor(res.json.result as string, ["SUCCESS", "FAILURE"])).toMatchObject({
      status: "FAILURE",
      videoUrls: [],
    });
  });

  it("serves clips as video/mp4, whole or by Range (206), and counts them", async () => {
    const done = await video({ batchSize: 1 });
    const url = done.videoUrl as string;
    const whole = await handleSimRequest(new Request(url));
    expect(whole.status).toBe(200);
    expect(whole.headers.get("content-type")).toBe("video/mp4");
    expect(whole.headers.get("accept-ranges")).toBe("bytes");
    const bytes = Buffer.from(await whole.arrayBuffer());
    expect(bytes.subarray(4, 8).toString("latin1")).toBe("ftyp");
    const part = await handleSimRequest(new Request(url, { headers: { range: "bytes=4-11" } }));
    expect(part.status).toBe(206);
    expect(part.headers.get("content-range")).toBe(`bytes 4-11/${bytes.length}`);
    expect(Buffer.from(await part.arrayBuffer()).toString("latin1")).toBe("ftypisom");
    const tail = await handleSimRequest(new Request(url, { headers: { range: "bytes=-10" } }));
    expect(Buffer.from(await tail.arrayBuffer()).equals(bytes.subarray(-10))).toBe(true);
    const past = await handleSimRequest(new Request(url, { headers: { range: `bytes=${bytes.length}-` } }));
    expect(past.status).toBe(416);
    expect(getStats().videos).toBe(1); // the whole read; parts not starting at 0 are not new plays
    // Signed like pictures: a changed signature is a dead link.
    expect((await handleSimRequest(new Request(`${url}0`))).status).toBe(404);
  });

  it("takes a start frame's shape from a data URL; 720p clips are larger", async () => {
    const png = await sharp({ create: { width: 160, height: 90, channels: 3, background: "#246" } })
      .png()
      .toBuffer();
    const done = await video({ image: `data:image/png;base64,${png.toString("base64")}`, batchSize: 1 });
    expect([done.imageWidth, done.imageHeight]).toEqual([128, 72]);
    const hd = await video({ videoType: "vid_1.1_i2v_720", batchSize: 1 });
    expect(hd.imageWidth).toBe(256);
  });

  it.each([
    ["no prompt", { prompt: " " }, "prompt不能为空"],
    ["no start frame", { image: null }, "image不能为空"],
    ["a bad frame", { image: "ftp://x/y.png" }, "image参数错误"],
    ["batch of 3", { batchSize: 3 }, "batchSize参数错误"],
    ["bad motion", { motion: "wild" }, "motion参数错误"],
    ["extend without task", { action: "extend", index: 0 }, "taskId不能为空"],
    ["extend without index", { action: "extend", taskId: "1730000000000001" }, "index参数错误"],
  ])("%s → code 4 with the proxies' words", async (_name, patch, description) => {
    const res = await call("POST", "/mj/submit/video", { prompt: "x", image: START, ...patch });
    expect(res.json).toMatchObject({ code: 4, description });
    expect(getStats().submits).toBe(0);
  });

  it("switched off: 视频功能未启用 (code 4), AGG as its 400 body; no Animate buttons", async () => {
    const up = await upscaled();
    updateSettings({ video: false });
    expect((await call("POST", "/mj/submit/video", { prompt: "x", image: START })).json).toMatchObject({
      code: 4,
      description: "视频功能未启用",
    });
    const again = await waitFor(up.id as string, ["SUCCESS"]);
    expect(buttonsOf(again).some((id) => id.includes("animate"))).toBe(false);
    const hash = (up.properties as { messageHash: string }).messageHash;
    const pressed = await call("POST", "/mj/submit/action", {
      taskId: up.id,
      customId: `MJ::JOB::animate_high::1::${hash}::SOLO`,
    });
    expect(pressed.json).toMatchObject({ code: 4, description: "视频功能未启用" });
    updateSettings({ profile: "aggregator" });
    const agg = await call("POST", "/mj/submit/video", { prompt: "x", image: START });
    expect(agg.status).toBe(400);
    expect(agg.json).toEqual({ description: "视频功能未启用 ", type: "upstream_error", code: 4 });
  });

  it("relays clips on the aggregator profile as [{url}] (no thumbnails), empty until done", async () => {
    updateSettings({ profile: "aggregator" });
    const res = await call("POST", "/mj/submit/video", { prompt: "x", image: START, batchSize: 2 });
    expect(res.json).toMatchObject({ code: 1 });
    const id = res.json.result as string;
    const first = (await call("GET", `/mj/task/${id}/fetch`)).json;
    expect([first.videoUrl, first.videoUrls]).toEqual(["", []]);
    const done = await waitFor(id, ["SUCCESS"]);
    const clips = done.videoUrls as Clip[];
    expect(clips.map((c) => Object.keys(c))).toEqual([["url"], ["url"]]);
    expect(done.videoUrl).toBe(clips[0]?.url);
  });

  it("is missing on the OSS profile", async () => {
    updateSettings({ profile: "oss" });
    expect((await call("POST", "/mj/submit/video", { prompt: "x", image: START })).status).toBe(404);
  });
});

describe("video buttons", () => {
  it("Animate on a v7 upscale → VIDEO of 4; U2 → one larger clip; Extend → longer clips; reroll → a batch", async () => {
    const up = await upscaled();
    const hash = (up.properties as { messageHash: string }).messageHash;
    expect(buttonsOf(up)).toContain(`MJ::JOB::animate_low::1::${hash}::SOLO`);
    const animated = await press(up.id, `MJ::JOB::animate_high::1::${hash}::SOLO`);
    expect(animated).toMatchObject({ action: "VIDEO", status: "SUCCESS", description: "/video a fox --v 7" });
    expect(animated.videoUrls as Clip[]).toHaveLength(4);
    const vHash = (animated.properties as { messageHash: string }).messageHash;

    const upscaledClip = await press(animated.id, `MJ::JOB::video_virtual_upscale::2::${vHash}`);
    expect(upscaledClip.videoUrls as Clip[]).toHaveLength(1);
    expect(upscaledClip.imageWidth).toBe(256);
    const uHash = (upscaledClip.properties as { messageHash: string }).messageHash;
    expect(buttonsOf(upscaledClip)).toEqual([
      `MJ::JOB::animate_high_extend::1::${uHash}`,
      `MJ::JOB::animate_low_extend::1::${uHash}`,
    ]);

    const extended = await press(animated.id, `MJ::JOB::animate_low_extend::1::${vHash}`);
    expect(extended.videoUrls as Clip[]).toHaveLength(4);
    const short = Buffer.from(
      await (await handleSimRequest(new Request(animated.videoUrl as string))).arrayBuffer(),
    );
    const long = Buffer.from(
      await (await handleSimRequest(new Request(extended.videoUrl as string))).arrayBuffer(),
    );
    expect(long.length).toBeGreaterThan(short.length);

    const rerolled = await press(animated.id, `MJ::JOB::reroll::0::${vHash}::SOLO`);
    expect(rerolled).toMatchObject({ action: "VIDEO" });
    expect(rerolled.videoUrls as Clip[]).toHaveLength(4);
  });

  it("extend through /submit/video continues a clip of a finished video only", async () => {
    const done = await video({ batchSize: 2 });
    const ext = await call("POST", "/mj/submit/video", {
      prompt: "keep going",
      action: "extend",
      taskId: done.id,
      index: 1,
      batchSize: 1,
    });
    expect(ext.json).toMatchObject({ code: 1 });
    expect(await waitFor(ext.json.result as string, ["SUCCESS"])).toMatchObject({
      action: "VIDEO",
      description: "/video keep going",
    });
    const beyond = { prompt: "x", action: "extend", taskId: done.id, index: 2 };
    expect((await call("POST", "/mj/submit/video", beyond)).json).toMatchObject({ code: 4 });
    const picture = await waitFor(await imagine("a cat"), ["SUCCESS"]);
    const notVideo = { prompt: "x", action: "extend", taskId: picture.id, index: 0 };
    expect((await call("POST", "/mj/submit/video", notVideo)).json).toMatchObject({
      code: 4,
      description: "关联任务状态错误",
    });
    const missing = await call("POST", "/mj/submit/video", { ...notVideo, taskId: "1730000000000009" });
    expect([missing.status, missing.json.code]).toEqual([404, 3]);
  });

  it("with Remix on, Animate opens a MODAL whose prompt the clips take", async () => {
    const up = await upscaled();
    updateSettings({ remix: true });
    const hash = (up.properties as { messageHash: string }).messageHash;
    const opened = await call("POST", "/mj/submit/action", {
      taskId: up.id,
      customId: `MJ::JOB::animate_low::1::${hash}::SOLO`,
    });
    expect(opened.json).toMatchObject({ code: 21 });
    const modalId = opened.json.result as string;
    expect((await call("GET", `/mj/task/${modalId}/fetch`)).json).toMatchObject({
      status: "MODAL",
      action: "VIDEO",
    });
    const sent = await call("POST", "/mj/submit/modal", { taskId: modalId, prompt: "a fox leaps --v 7" });
    expect(sent.json).toMatchObject({ code: 1, result: modalId });
    const done = await waitFor(modalId, ["SUCCESS"]);
    expect(done).toMatchObject({ action: "VIDEO", prompt: "a fox leaps --v 7" });
    expect(done.videoUrls as Clip[]).toHaveLength(4);
  });

  it("no Animate before v7", async () => {
    const up = await upscaled("a fox --v 6.1");
    expect(buttonsOf(up).some((id) => id.includes("animate"))).toBe(false);
  });
});
