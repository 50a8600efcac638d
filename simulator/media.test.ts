import "server-only";

import sharp from "sharp";
import { describe, expect, it } from "vitest";

import { buttonLabels, GRID_BUTTON_LABELS } from "@/test/fixtures/grid-buttons";

import { handleSimRequest } from "./router";
import { getStats } from "./settings";
import { call, waitFor, withTempSimulator } from "./test-http";

withTempSimulator();

async function dataUrl(width: number, height: number, color: string, format: "png" | "jpeg" = "png") {
  const image = sharp({ create: { width, height, channels: 3, background: color } });
  const bytes = await (format === "png" ? image.png() : image.jpeg()).toBuffer();
  return `data:image/${format};base64,${bytes.toString("base64")}`;
}

type Button = { customId: string; emoji: string; label: string };
const NUMBERED_4 = /^1️⃣ .+\n\n2️⃣ .+\n\n3️⃣ .+\n\n4️⃣ .+$/;

async function imageSize(url: string): Promise<[number | undefined, number | undefined]> {
  const res = await handleSimRequest(new Request(url));
  expect(res.status).toBe(200);
  const meta = await sharp(Buffer.from(await res.arrayBuffer())).metadata();
  return [meta.width, meta.height];
}

describe("describe", () => {
  it("reads four prompts from the image, shows the upload, and offers the PicReader buttons", async () => {
    const image = await dataUrl(96, 64, "#2a6f97");
    const submit = await call("POST", "/mj/submit/describe", { base64: image, botType: "MID_JOURNEY" });
    expect(submit.json.code).toBe(1);
    const id = submit.json.result as string;
    const early = (await call("GET", `/mj/task/${id}/fetch`)).json;
    expect(early).toMatchObject({ action: "DESCRIBE", description: `/describe ${id}.png` });
    expect((early.properties as { finalPrompt: string }).finalPrompt).toBe("");

    const done = await waitFor(id, ["SUCCESS"]);
    const finalPrompt = (done.properties as { finalPrompt: string }).finalPrompt;
    expect(finalPrompt).toMatch(NUMBERED_4);
    expect(finalPrompt).toContain("--ar 3:2");
    expect(done.prompt).toBe(finalPrompt);
    expect([done.imageWidth, done.imageHeight]).toEqual([96, 64]);
    expect(await imageSize(done.imageUrl as string)).toEqual([96, 64]);
    expect((done.buttons as Button[]).map((b) => b.customId)).toEqual([
      "MJ::Job::PicReader::1",
      "MJ::Job::PicReader::2",
      "MJ::Job::PicReader::3",
      "MJ::Job::PicReader::4",
      "MJ::Picread::Retry",
      "MJ::Job::PicReader::all",
    ]);

    // Same bytes, same reading.
    const again = await call("POST", "/mj/submit/describe", { base64: image });
    const twin = await waitFor(again.json.result as string, ["SUCCESS"]);
    expect((twin.properties as { finalPrompt: string }).finalPrompt).toBe(finalPrompt);

    // PicReader 2 → dialog pre-filled with prompt 2 → confirm → an IMAGINE grid of it.
    const second = finalPrompt.split("\n\n")[1]!.replace(/^2️⃣ /, "");
    const press = await call("POST", "/mj/submit/action", { taskId: id, customId: "MJ::Job::PicReader::2" });
    expect(press.json).toMatchObject({ code: 21, properties: { finalPrompt: second } });
    const modalId = press.json.result as string;
    expect((await call("GET", `/mj/task/${modalId}/fetch`)).json).toMatchObject({
      status: "MODAL",
      action: "IMAGINE",
      prompt: second,
    });
    expect((await call("POST", "/mj/submit/modal", { taskId: modalId })).json).toMatchObject({
      code: 1,
      result: modalId,
    });
    const grid = await waitFor(modalId, ["SUCCESS"]);
    expect(grid).toMatchObject({ action: "IMAGINE", prompt: second, imageWidth: 1024, imageHeight: 682 });
    expect((grid.buttons as Button[]).map((b) => b.label).slice(0, 4)).toEqual(["U1", "U2", "U3", "U4"]);
  });

  it("retry describes again; imagine all starts four imagines at once", async () => {
    const id = (
      await call("POST", "/mj/submit/describe", { base64: await dataUrl(64, 64, "#ff8800", "jpeg") })
    ).json.result as string;
    await waitFor(id, ["SUCCESS"]);
    const retry = await call("POST", "/mj/submit/action", { taskId: id, customId: "MJ::Picread::Retry" });
    expect(retry.json.code).toBe(1);
    const redo = await waitFor(retry.json.result as string, ["SUCCESS"]);
    expect(redo.action).toBe("DESCRIBE");
    expect((redo.properties as { finalPrompt: string }).finalPrompt).toMatch(NUMBERED_4);

    const all = await call("POST", "/mj/submit/action", { taskId: id, customId: "MJ::Job::PicReader::all" });
    expect(all.json.code).toBe(1);
    const ids = (all.json.result as string).split(",");
    expect(ids).toHaveLength(4);
    expect((await waitFor(ids[3]!, ["SUCCESS"])).action).toBe("IMAGINE");
  });

  it("refuses what is not an image", async () => {
    for (const base64 of [
      "nope",
      `data:image/png;base64,${Buffer.from("not a png").toString("base64")}`,
      null,
    ]) {
      expect((await call("POST", "/mj/submit/describe", { base64 })).json).toMatchObject({
        code: 4,
        description: "base64格式错误",
      });
    }
  });
});

describe("blend", () => {
  it("blends 2–5 images into a grid shaped by dimensions, with grid buttons", async () => {
    const images = [
      await dataUrl(32, 32, "#ff0000"),
      await dataUrl(40, 30, "#00ff00"),
      await dataUrl(30, 40, "#0000ff", "jpeg"),
    ];
    const submit = await call("POST", "/mj/submit/blend", { base64Array: images, dimensions: "PORTRAIT" });
    expect(submit.json.code).toBe(1);
    const id = submit.json.result as string;
    const done = await waitFor(id, ["SUCCESS"]);
    expect(done).toMatchObject({
      action: "BLEND",
      description: `/blend ${id} 3`,
      imageWidth: 682,
      imageHeight: 1024,
    });
    expect((done.properties as { finalPrompt: string }).finalPrompt).toMatch(
      /^(https:\/\/s\.mj\.run\/\S+ ){3}--ar 2:3$/,
    );
    expect(buttonLabels(done.buttons as Button[])).toEqual(GRID_BUTTON_LABELS);
    expect(await imageSize(done.imageUrl as string)).toEqual([682, 1024]);

    const square = await call("POST", "/mj/submit/blend", { base64Array: images.slice(0, 2) });
    expect(await waitFor(square.json.result as string, ["SUCCESS"])).toMatchObject({
      imageWidth: 1024,
      imageHeight: 1024,
    });
    const u1 = await call("POST", "/mj/submit/action", {
      taskId: id,
      customId: (done.buttons as Button[])[0]!.customId,
    });
    expect((await waitFor(u1.json.result as string, ["SUCCESS"])).action).toBe("UPSCALE");
  });

  it.each([
    ["one image", () => ({ base64Array: ["x"] }), "base64List参数错误"],
    ["six images", () => ({ base64Array: Array(6).fill("x") }), "base64List参数错误"],
    ["no images", () => ({ dimensions: "SQUARE" }), "base64List参数错误"],
    ["dimensions null", () => ({ base64Array: ["a", "b"], dimensions: null }), "dimensions参数错误"],
    ["dimensions bogus", () => ({ base64Array: ["a", "b"], dimensions: "WIDE" }), "dimensions参数错误"],
    ["a bad item", () => ({ base64Array: ["data:image/png;base64,AAAA", "b"] }), "base64格式错误"],
  ])("%s → code 4", async (_name, body, description) => {
    expect((await call("POST", "/mj/submit/blend", body())).json).toMatchObject({
      code: 4,
      description,
      result: null,
    });
  });
});

describe("shorten", () => {
  it("analyses the prompt into five shortened prompts with PromptAnalyzer buttons and Show Details", async () => {
    const prompt = "an ornate victorian greenhouse full of exotic orchids, volumetric light --ar 3:2";
    const submit = await call("POST", "/mj/submit/shorten", { prompt });
    const id = submit.json.result as string;
    const done = await waitFor(id, ["SUCCESS"]);
    expect(done).toMatchObject({
      action: "SHORTEN",
      description: `/shorten ${prompt}`,
      prompt,
      imageUrl: null,
    });
    const text = (done.properties as { finalPrompt: string }).finalPrompt;
    expect(text).toMatch(
      /^## Important tokens\n.+\n## Shortened prompts\n1️⃣ .+\n\n2️⃣ .+\n\n3️⃣ .+\n\n4️⃣ .+\n\n5️⃣ .+$/,
    );
    const buttons = done.buttons as Button[];
    expect(buttons.map((b) => b.customId)).toContain("MJ::Job::PromptAnalyzer::5");
    expect(buttons.at(-1)).toMatchObject({ label: "Show Details" });

    const third = text.split("\n\n")[2]!.replace(/^3️⃣ /, "");
    const press = await call("POST", "/mj/submit/action", {
      taskId: id,
      customId: "MJ::Job::PromptAnalyzer::3",
    });
    expect(press.json).toMatchObject({ code: 21, properties: { finalPrompt: third } });
    const modalId = press.json.result as string;
    await call("POST", "/mj/submit/modal", { taskId: modalId, prompt: `${third} --ar 1:1` });
    expect(await waitFor(modalId, ["SUCCESS"])).toMatchObject({
      action: "IMAGINE",
      imageWidth: 1024,
      imageHeight: 1024,
    });

    const details = await call("POST", "/mj/submit/action", {
      taskId: id,
      customId: buttons.at(-1)!.customId,
    });
    const detailed = await waitFor(details.json.result as string, ["SUCCESS"]);
    expect(detailed).toMatchObject({ action: "SHORTEN", description: `/up ${id} Show Details` });
    expect((detailed.properties as { finalPrompt: string }).finalPrompt).toMatch(/\(\d\.\d\d\)/);
    expect((detailed.buttons as Button[]).some((b) => b.label === "Show Details")).toBe(false);
  });

  it("a blank prompt is code 4", async () => {
    expect((await call("POST", "/mj/submit/shorten", { prompt: " " })).json).toMatchObject({
      code: 4,
      description: "prompt不能为空",
    });
  });
});

describe("face swap", () => {
  it("returns one picture the size of the target, without buttons", async () => {
    const face = await dataUrl(40, 40, "#f0c8a0");
    const target = await dataUrl(60, 90, "#334455", "jpeg");
    const submit = await call("POST", "/mj/insight-face/swap", {
      sourceBase64: face,
      targetBase64: target,
      state: "s",
    });
    expect(submit.json.code).toBe(1);
    const done = await waitFor(submit.json.result as string, ["SUCCESS"]);
    expect(done).toMatchObject({ action: "SWAP_FACE", buttons: [], state: "s", botType: "INSIGHT_FACE" });
    expect(await imageSize(done.imageUrl as string)).toEqual([60, 90]);
    expect(getStats().requests["POST /mj/insight-face/swap"]).toBe(1);
  });

  it("needs both images, and two different ones", async () => {
    const face = await dataUrl(20, 20, "#101010");
    for (const body of [
      { sourceBase64: face },
      { targetBase64: face },
      { sourceBase64: "", targetBase64: face },
    ]) {
      expect((await call("POST", "/mj/insight-face/swap", body)).json).toMatchObject({ code: 4 });
    }
    expect(
      (await call("POST", "/mj/insight-face/swap", { sourceBase64: face, targetBase64: face })).json,
    ).toMatchObject({
      code: 4,
      description: "源图和目标图不能相同",
    });
    expect(
      (await call("POST", "/mj/insight-face/swap", { sourceBase64: face, targetBase64: "x" })).json,
    ).toMatchObject({
      code: 4,
      description: "base64格式错误",
    });
  });
});
