import "server-only";

import sharp from "sharp";
import { describe, expect, it } from "vitest";

import { handleSimRequest } from "./router";
import { getStats, updateSettings } from "./settings";
import { BASE, call, imagine, simHeaders, withTempSimulator, waitFor } from "./test-http";

withTempSimulator();

describe("native profile over HTTP", () => {
  it("runs imagine → SUCCESS with a signed PNG grid and grid buttons", async () => {
    const submit = await call("POST", "/mj-fast/mj/submit/imagine", {
      prompt: "a red fox --ar 16:9",
      state: "s1",
    });
    expect(submit.json).toMatchObject({
      code: 1,
      description: "Submit success",
      properties: { discordInstanceId: expect.any(String) },
    });
    const id = submit.json.result as string;
    expect(id).toMatch(/^\d{16}$/);

    const task = await waitFor(id, ["SUCCESS"]);
    expect(task).toMatchObject({
      action: "IMAGINE",
      progress: "100%",
      state: "s1",
      imageWidth: 1024,
      imageHeight: 576,
    });
    expect((task.buttons as unknown[]).length).toBe(9);
    expect(task.properties).toMatchObject({
      // Midjourney writes back the model the job ran on: the account default when the prompt named none.
      finalPrompt: "a red fox --ar 16:9 --v 8.1",
      messageHash: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
    const url = task.imageUrl as string;
    expect(url).toMatch(
      /^http:\/\/127\.0\.0\.1:3999\/sim\/attachments\/\d{16}\/.+\.png\?ex=[0-9a-f]+&is=[0-9a-f]+&hm=[0-9a-f]{64}$/,
    );

    const image = await handleSimRequest(new Request(url));
    expect(image.headers.get("content-type")).toBe("image/png");
    const meta = await sharp(Buffer.from(await image.arrayBuffer())).metadata();
    expect([meta.width, meta.height]).toEqual([1024, 576]);
    const forged = await handleSimRequest(new Request(url.replace(/hm=[0-9a-f]/, "hm=Z")));
    expect([forged.status, await forged.text()]).toEqual([404, "This content is no longer available."]);
    const previewUrl = url.replace(/\.png\?/, "_progress.webp?");
    expect((await handleSimRequest(new Request(previewUrl))).status).toBe(404); // signed for the .png only
    // Served downloads are counted by kind, refused ones and HEADs not.
    await handleSimRequest(new Request(url, { method: "HEAD" }));
    expect(getStats().images).toEqual({ previews: 0, finals: 1 });

    const seed = await call("GET", `/mj/task/${id}/image-seed`);
    expect(seed.json).toMatchObject({ code: 1, result: expect.stringMatching(/^\d+$/) });
  });

  it("upscales U2 into the v7 single-image set and refuses BOOKMARK and foreign buttons", async () => {
    const id = await imagine("a lighthouse");
    const parent = await waitFor(id, ["SUCCESS"]);
    const buttons = parent.buttons as Array<{ customId: string }>;
    const u2 = await call("POST", "/mj/submit/action", { taskId: id, customId: buttons[1]!.customId });
    expect(u2.json.code).toBe(1);
    const child = await waitFor(u2.json.result as string, ["SUCCESS"]);
    expect(child).toMatchObject({ action: "UPSCALE", description: `/up ${id} U2`, prompt: "a lighthouse" });
    const labels = (child.buttons as Array<{ customId: string; label: string }>).map((b) =>
      b.customId.split("::").slice(0, 3).join("::"),
    );
    expect(labels.slice(0, 2)).toEqual([
      "MJ::JOB::upsample_v7_2x_subtle",
      "MJ::JOB::upsample_v7_2x_creative",
    ]);
    const bookmark = (child.buttons as Array<{ customId: string }>).find((b) =>
      b.customId.startsWith("MJ::BOOKMARK"),
    )!;
    expect(
      (await call("POST", "/mj/submit/action", { taskId: child.id, customId: bookmark.customId })).json,
    ).toMatchObject({
      code: 4,
      description: "未知的 Action 类型",
    });
    expect(
      (await call("POST", "/mj/submit/action", { taskId: child.id, customId: buttons[1]!.customId })).json
        .code,
    ).toBe(4);
    const missing = await call("POST", "/mj/submit/action", { taskId: "1", customId: buttons[1]!.customId });
    expect([missing.status, missing.json.code, missing.json.description]).toEqual([
      404,
      3,
      "关联任务不存在或已失效",
    ]);
  });

  it("runs Custom Zoom through MODAL and checks --zoom", async () => {
    const grid = await waitFor(await imagine("a valley --ar 3:2 --v 6.1"), ["SUCCESS"]);
    const up = await call("POST", "/mj/submit/action", {
      taskId: grid.id,
      customId: (grid.buttons as Array<{ customId: string }>)[0]!.customId,
    });
    const single = await waitFor(up.json.result as string, ["SUCCESS"]);
    const ids = (single.buttons as Array<{ customId: string }>).map((b) => b.customId);
    expect(ids[0]).toContain("upsample_v6r1_2x_subtle");
    expect(ids.some((c) => c.startsWith("MJ::Outpaint::100::"))).toBe(true);

    const zoom = await call("POST", "/mj/submit/action", {
      taskId: single.id,
      customId: ids.find((c) => c.startsWith("MJ::CustomZoom"))!,
    });
    expect(zoom.json).toMatchObject({
      code: 21,
      properties: { finalPrompt: "a valley --ar 3:2 --v 6.1", remix: true },
    });
    const modalId = zoom.json.result as string;
    expect((await call("GET", `/mj/task/${modalId}/fetch`)).json).toMatchObject({
      status: "MODAL",
      action: "ZOOM",
    });
    expect(
      (await call("POST", "/mj/submit/modal", { taskId: modalId, prompt: "a valley --zoom 3" })).json.code,
    ).toBe(4);
    const ok = await call("POST", "/mj/submit/modal", {
      taskId: modalId,
      prompt: "a valley --ar 1:1 --zoom 1.5",
    });
    expect(ok.json).toMatchObject({ code: 1, result: modalId });
    expect(await waitFor(modalId, ["SUCCESS"])).toMatchObject({
      imageWidth: 1024,
      imageHeight: 1024,
      prompt: "a valley --ar 1:1 --zoom 1.5",
    });
  });

  it("answers validation, banned words, failures and unknown tasks like a proxy", async () => {
    expect((await call("POST", "/mj/submit/imagine", { prompt: "  " })).json).toMatchObject({
      code: 4,
      description: "prompt不能为空",
      result: null,
    });
    expect(
      (await call("POST", "/mj/submit/imagine", { prompt: "x", base64Array: ["nope"] })).json.description,
    ).toBe("base64格式错误");
    expect(
      (await call("POST", "/mj/submit/imagine", { prompt: "x", state: "s".repeat(256) })).json.code,
    ).toBe(4);
    expect((await call("POST", "/mj/submit/imagine", "{oops")).status).toBe(400);
    expect((await call("POST", "/mj/submit/imagine", { prompt: "a Nude statue" })).json).toEqual({
      code: 24,
      description: "可能包含敏感词",
      result: null,
      properties: { promptEn: "a Nude statue", bannedWord: "Nude" },
    });
    const bad = await waitFor(await imagine("x --ar 0:1"), ["FAILURE"]);
    expect(bad).toMatchObject({
      progress: "",
      failReason: "[Invalid parameter] Invalid aspect ratio: 0:1",
      buttons: [],
    });
    const forced = await waitFor(await imagine("x sim:fail"), ["FAILURE"]);
    expect(forced.failReason).toBe("[Job failed] The simulator was asked to fail this job");
    expect(forced.imageUrl).toMatch(/_progress\.webp\?/);
    expect((await call("GET", "/mj/task/9999999999999999/fetch")).status).toBe(204);
    expect((await call("GET", "/mj/nope")).status).toBe(404);
  });

  it("lists by ids skipping unknown ones, queues and rejects by capacity, counts stats", async () => {
    const id = await imagine("one");
    expect(
      (await call("POST", "/mj/task/list-by-condition", { ids: [id, "404"] })).json.map(
        (t) => (t as { id: string }).id,
      ),
    ).toEqual([id]);
    expect((await call("POST", "/mj/task/list-by-ids", { ids: null })).json).toEqual([]);
    await waitFor(id, ["SUCCESS"]);

    updateSettings({ concurrency: 1, queueSize: 1, durationMs: 5000 });
    const first = await call("POST", "/mj/submit/imagine", { prompt: "q1" });
    const second = await call("POST", "/mj/submit/imagine", { prompt: "q2" });
    const third = await call("POST", "/mj/submit/imagine", { prompt: "q3" });
    expect(first.json.code).toBe(1);
    expect(second.json).toMatchObject({
      code: 22,
      description: "排队中，前面还有1个任务",
      properties: { numberOfQueues: 1 },
    });
    expect(third.json).toMatchObject({ code: 23, description: "队列已满，请稍后尝试", result: null });
    expect((await call("GET", `/mj/task/${second.json.result as string}/fetch`)).json).toMatchObject({
      status: "NOT_START",
      progress: null,
    });
    expect((await call("POST", `/mj/task/${second.json.result as string}/cancel`)).json.code).toBe(1);
    expect((await call("POST", `/mj/task/${first.json.result as string}/cancel`)).json.code).toBe(1);

    const stats = getStats();
    expect(stats.submits).toBe(3);
    expect(stats.requests["POST /mj/submit/imagine"]).toBe(4);
    expect(stats.requests["GET /mj/task/{id}/fetch"]).toBeGreaterThan(0);
    const viaHttp = await handleSimRequest(new Request(`${BASE}/__stats`, { headers: simHeaders() }));
    expect(await viaHttp.json()).toMatchObject({ submits: 3 });
  });
});
