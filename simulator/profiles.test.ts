import "server-only";

import sharp from "sharp";
import { describe, expect, it } from "vitest";

import { updateSettings } from "./settings";
import { call, imagine, withTempSimulator, waitFor } from "./test-http";

withTempSimulator();

describe("other profiles and switches", () => {
  it("oss: no buttons, no action endpoint, empty 200 for unknown tasks", async () => {
    updateSettings({ profile: "oss" });
    const task = await waitFor(await imagine("oss cat"), ["SUCCESS"]);
    expect("buttons" in task).toBe(false);
    expect((await call("POST", "/mj/submit/action", { taskId: task.id, customId: "x" })).status).toBe(404);
    expect(await call("GET", "/mj/task/1/fetch")).toMatchObject({ status: 200, text: "" });
    const change = await call("POST", "/mj/submit/change", { taskId: task.id, action: "UPSCALE", index: 3 });
    expect(change.json.code).toBe(1);
    expect(await waitFor(change.json.result as string, ["SUCCESS"])).toMatchObject({
      action: "UPSCALE",
      description: `/up ${task.id as string} U3`,
    });
  });

  it("aggregator: 22→1, unsynced view, reduced properties, 400 errors", async () => {
    updateSettings({ profile: "aggregator", concurrency: 1, durationMs: 1500 });
    const first = await call("POST", "/mj/submit/imagine", { prompt: "agg one" });
    const second = await call("POST", "/mj/submit/imagine", { prompt: "agg two" });
    expect(second.json).toMatchObject({ code: 1, description: "排队中，前面还有1个任务" });
    const early = (await call("GET", `/mj/task/${first.json.result as string}/fetch`)).json;
    expect(early).toMatchObject({
      status: "",
      progress: "0%",
      buttons: null,
      properties: null,
      startTime: 0,
      customId: "",
    });
    expect(await call("GET", "/mj/task/1/fetch")).toMatchObject({
      status: 400,
      json: { description: "task_no_found ", type: "upstream_error", code: 4 },
    });
    expect((await call("POST", "/mj/submit/imagine", { prompt: "" })).status).toBe(400);
  });

  it("numericResult, outage and garbage", async () => {
    updateSettings({ numericResult: true });
    const numeric = await call("POST", "/mj/submit/imagine", { prompt: "number" });
    expect(typeof numeric.json.result).toBe("number");
    expect(numeric.text).toMatch(/"result":\d{16}/);
    updateSettings({ numericResult: false, outage: true });
    expect((await call("GET", "/mj/task/list")).status).toBe(503);
    updateSettings({ outage: false, garbage: true });
    expect(await call("GET", "/mj/task/list")).toMatchObject({ status: 200, text: "<html>not json" });
  });

  it("control endpoint validates and returns the effective settings", async () => {
    const res = await call("POST", "/__control", { queueSize: 4 });
    expect(res.json).toMatchObject({ profile: "native", queueSize: 4, durationMs: 300 });
    expect((await call("POST", "/__control", { profile: "x" })).status).toBe(400);
  });
});

describe("task types per profile", () => {
  const png = async (color: string) =>
    `data:image/png;base64,${(
      await sharp({ create: { width: 24, height: 24, channels: 3, background: color } })
        .png()
        .toBuffer()
    ).toString("base64")}`;

  it("oss: describe and blend exist (no buttons), shorten and face swap do not", async () => {
    updateSettings({ profile: "oss" });
    const described = await call("POST", "/mj/submit/describe", { base64: await png("#123456") });
    const task = await waitFor(described.json.result as string, ["SUCCESS"]);
    expect(task.action).toBe("DESCRIBE");
    expect("buttons" in task).toBe(false);
    expect((task.properties as { finalPrompt: string }).finalPrompt).toMatch(/^1️⃣ /);
    const blend = await call("POST", "/mj/submit/blend", {
      base64Array: [await png("#000000"), await png("#ffffff")],
    });
    expect(blend.json.code).toBe(1);
    expect((await call("POST", "/mj/submit/shorten", { prompt: "cat" })).status).toBe(404);
    expect((await call("POST", "/mj/insight-face/swap", {})).status).toBe(404);
    expect((await call("POST", "/mj/submit/modal", { taskId: "1" })).status).toBe(404);
  });

  it("aggregator: MJ::Job::*, MJ::Picread::* and BOOKMARK → HTTP 400 unknown_action:<customId>", async () => {
    updateSettings({ profile: "aggregator" });
    const described = await call("POST", "/mj/submit/describe", { base64: await png("#654321") });
    const id = described.json.result as string;
    const done = await waitFor(id, ["SUCCESS"]);
    expect((done.buttons as unknown[]).length).toBe(6);
    for (const customId of [
      "MJ::Job::PicReader::1",
      "MJ::Picread::Retry",
      "MJ::Job::PromptAnalyzer::1",
      "MJ::BOOKMARK::x",
    ]) {
      expect(await call("POST", "/mj/submit/action", { taskId: id, customId })).toMatchObject({
        status: 400,
        json: { description: `unknown_action:${customId} `, type: "upstream_error", code: 4 },
      });
    }
    expect(await call("POST", "/mj/insight-face/swap", { targetBase64: await png("#fff000") })).toMatchObject(
      {
        status: 400,
        json: { description: "sour_base64_and_target_base64_is_required ", code: 4 },
      },
    );
  });
});
