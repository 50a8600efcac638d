import { expect, test } from "@playwright/test";
import sharp from "sharp";

import type { TaskDto } from "@/lib/schemas/task";

import { buttonLabels, GRID_BUTTON_LABELS } from "../../test/fixtures/grid-buttons";
import {
  buttonId,
  createImagine,
  key,
  maskDataUrl,
  pngDataUrl,
  postTask,
  pressButton,
  restoreSimulatorAfterEach,
  simControl,
  simStats,
  waitForImage,
  waitForStatus,
} from "../helpers/api";
import { errorOf, jsonAs } from "../helpers/json";

// Every MJ-proxy task type through OUR API against the simulator: describe, blend, shorten, face swap, the
// modal dialogs (PicReader, Custom Zoom, Vary (Region)), cancel, seed, and the legacy (OSS) fallback.

const requestsTo = async (request: Parameters<typeof simStats>[0], endpoint: string) =>
  (await simStats(request)).requests[endpoint] ?? 0;

test("describe → four prompts → PicReader 2 → dialog → confirmed imagine grid", async ({ request }) => {
  const described = await postTask(request, "/api/describe", { image: await pngDataUrl(96, 64, "#2a6f97") });
  expect(described).toMatchObject({ action: "DESCRIBE", referenceCount: 1, results: null, seed: null });
  const done = await waitForImage(request, described.id);
  expect(done.results?.prompts).toHaveLength(4);
  expect(done.image).toMatchObject({ width: 96, height: 64 });
  expect(done.buttons.map((b) => b.emoji)).toEqual(["1️⃣", "2️⃣", "3️⃣", "4️⃣", "🔄", "🎉"]);

  const modal = await pressButton(request, done.id, "MJ::Job::PicReader::2");
  expect(modal).toMatchObject({
    status: "modal",
    action: "IMAGINE",
    parentId: done.id,
    prompt: done.results!.prompts[1],
  });
  // The tracker keeps it waiting: a dialog does not stall and does not move on its own.
  expect((await waitForStatus(request, modal.id, ["modal"])).status).toBe("modal");

  const confirmKey = key();
  const confirm = await request.post(`/api/tasks/${modal.id}/modal`, {
    data: { idempotencyKey: confirmKey },
  });
  expect(confirm.status(), await confirm.text()).toBe(200);
  expect((await jsonAs<TaskDto>(confirm)).status).toMatch(/^(submitted|queued)$/);
  const again = await request.post(`/api/tasks/${modal.id}/modal`, { data: { idempotencyKey: confirmKey } });
  expect(again.headers()["idempotent-replayed"]).toBe("true");
  const grid = await waitForImage(request, modal.id);
  expect(grid).toMatchObject({ action: "IMAGINE", prompt: done.results!.prompts[1] });
  expect(grid.buttons.map((b) => b.label).slice(0, 4)).toEqual(["U1", "U2", "U3", "U4"]);

  // "Imagine all" starts four imagines upstream (TRUE answers "id1,id2,id3,id4"): all four are tracked.
  const all = await pressButton(request, done.id, "MJ::Job::PicReader::all");
  expect(all).toMatchObject({ action: "IMAGINE", buttonLabel: "Imagine all" });
  const family = await waitForStatus(request, done.id, ["succeeded"]);
  const batch = family.children.filter((c) => c.buttonLabel === "Imagine all");
  expect(batch).toHaveLength(4);
  await waitForImage(request, batch[3]!.id);
});

test("blend three images PORTRAIT → a 2:3 grid", async ({ request }) => {
  const images = [
    await pngDataUrl(40, 40, "#ff0000"),
    await pngDataUrl(48, 32, "#00aa00"),
    await pngDataUrl(32, 48, "#0000ff"),
  ];
  const blend = await postTask(request, "/api/blend", { images, dimensions: "PORTRAIT" });
  expect(blend).toMatchObject({ action: "BLEND", referenceCount: 3 });
  const done = await waitForImage(request, blend.id);
  expect(done.image).toMatchObject({ width: 682, height: 1024 });
  const stored = await sharp(await (await request.get(done.image!.url)).body()).metadata();
  expect([stored.width, stored.height]).toEqual([682, 1024]);
  expect(buttonLabels(done.buttons)).toEqual(GRID_BUTTON_LABELS);

  const bad = await request.post("/api/blend", {
    data: { images: images.slice(0, 1), idempotencyKey: key() },
  });
  expect(bad.status()).toBe(422);
  expect((await errorOf(bad)).message).toMatch(/at least 2 images/);
});

test("shorten → five prompts", async ({ request }) => {
  const prompt = `an ornate victorian greenhouse full of exotic orchids, volumetric light ${Date.now()} --ar 3:2`;
  const shorten = await postTask(request, "/api/shorten", { prompt });
  const done = await waitForStatus(request, shorten.id, ["succeeded"]);
  expect(done).toMatchObject({ action: "SHORTEN", prompt, image: null });
  expect(done.results?.prompts).toHaveLength(5);
  for (const p of done.results!.prompts) expect(p).toMatch(/--ar 3:2$/);
  expect(done.buttons.at(-1)?.label).toBe("Show Details");
});

test("swap face → one image without buttons; the same image twice is refused", async ({ request }) => {
  const face = await pngDataUrl(40, 40, "#f0c8a0");
  const swap = await postTask(request, "/api/swap-face", {
    face,
    target: await pngDataUrl(60, 90, "#334455"),
  });
  const done = await waitForImage(request, swap.id);
  expect(done).toMatchObject({ action: "SWAP_FACE", buttons: [] });
  expect(done.image).toMatchObject({ width: 60, height: 90 });

  const same = await request.post("/api/swap-face", { data: { face, target: face, idempotencyKey: key() } });
  expect(same.status()).toBe(422);
  expect((await errorOf(same)).message).toMatch(/same image/);
});

test("the seed of a finished imagine, cached after the first ask", async ({ request }) => {
  const task = await createImagine(request, `a seeded lighthouse ${Date.now()}`);
  const early = await request.get(`/api/tasks/${task.id}/seed`);
  expect(early.status()).toBe(409);
  await waitForStatus(request, task.id, ["succeeded"]);
  const res = await request.get(`/api/tasks/${task.id}/seed`);
  expect(res.status(), await res.text()).toBe(200);
  const { seed } = (await res.json()) as { seed: string };
  expect(seed).toMatch(/^\d+$/);
  const asked = await requestsTo(request, "GET /mj/task/{id}/image-seed");
  expect(await (await request.get(`/api/tasks/${task.id}/seed`)).json()).toEqual({ seed });
  expect(await requestsTo(request, "GET /mj/task/{id}/image-seed")).toBe(asked);
  expect((await waitForStatus(request, task.id, ["succeeded"])).seed).toBe(seed);
});

test.describe("dialogs on an upscale", () => {
  let upscaleId = "";
  let customZoom = "";
  let varyRegion = "";

  test.beforeAll(async ({ request }) => {
    const grid = await waitForImage(
      request,
      (await createImagine(request, `a quiet harbor ${Date.now()}`)).id,
    );
    const upscale = await waitForImage(
      request,
      (await pressButton(request, grid.id, buttonId(grid, "U1"))).id,
    );
    upscaleId = upscale.id;
    customZoom = buttonId(upscale, "Custom Zoom");
    varyRegion = buttonId(upscale, "Vary (Region)");
  });

  test("Custom Zoom: without --zoom → 422 and nothing sent; with --zoom 1.5 → ZOOM grid", async ({
    request,
  }) => {
    const modal = await pressButton(request, upscaleId, customZoom);
    expect(modal).toMatchObject({ status: "modal", action: "ZOOM" });
    const before = await requestsTo(request, "POST /mj/submit/modal");
    for (const prompt of [undefined, "a quiet harbor", "a quiet harbor --zoom 3"]) {
      const res = await request.post(`/api/tasks/${modal.id}/modal`, {
        data: { prompt, idempotencyKey: key() },
      });
      expect(res.status()).toBe(422);
      expect((await errorOf(res)).message).toMatch(/--zoom between 1 and 2/);
    }
    expect(await requestsTo(request, "POST /mj/submit/modal")).toBe(before);

    const ok = await request.post(`/api/tasks/${modal.id}/modal`, {
      data: { prompt: `${modal.prompt} --zoom 1.5`, idempotencyKey: key() },
    });
    expect(ok.status(), await ok.text()).toBe(200);
    expect(await requestsTo(request, "POST /mj/submit/modal")).toBe(before + 1);
    const zoomed = await waitForImage(request, modal.id);
    expect(zoomed).toMatchObject({ action: "ZOOM", prompt: `${modal.prompt} --zoom 1.5` });
    expect(zoomed.buttons.map((b) => b.label)).toContain("U1");
    // A confirmed dialog cannot be confirmed again.
    const twice = await request.post(`/api/tasks/${modal.id}/modal`, { data: { idempotencyKey: key() } });
    expect(twice.status()).toBe(409);
  });

  test("Vary (Region): a mask of the wrong size → 422; the right size → VARIATION grid", async ({
    request,
  }) => {
    const modal = await pressButton(request, upscaleId, varyRegion);
    expect(modal.status).toBe("modal");
    const before = await requestsTo(request, "POST /mj/submit/modal");
    const wrong = await request.post(`/api/tasks/${modal.id}/modal`, {
      data: { mask: await maskDataUrl(512, 512), idempotencyKey: key() },
    });
    expect(wrong.status()).toBe(422);
    expect((await errorOf(wrong)).message).toMatch(/mask is 512×512 but the image is 1024×1024/);
    const missing = await request.post(`/api/tasks/${modal.id}/modal`, { data: { idempotencyKey: key() } });
    expect(missing.status()).toBe(422);
    expect(await requestsTo(request, "POST /mj/submit/modal")).toBe(before);

    const ok = await request.post(`/api/tasks/${modal.id}/modal`, {
      data: { prompt: "add a red boat", mask: await maskDataUrl(1024, 1024), idempotencyKey: key() },
    });
    expect(ok.status(), await ok.text()).toBe(200);
    const varied = await waitForImage(request, modal.id);
    expect(varied).toMatchObject({ action: "VARIATION", prompt: "add a red boat" });
    expect(varied.buttons.map((b) => b.label)).toContain("V1");
  });

  test("cancel a task waiting in the dialog", async ({ request }) => {
    const modal = await pressButton(request, upscaleId, customZoom);
    const res = await request.post(`/api/tasks/${modal.id}/cancel`);
    expect(res.status(), await res.text()).toBe(200);
    expect(await res.json()).toMatchObject({ status: "cancelled", failCode: null });
    expect((await request.post(`/api/tasks/${modal.id}/cancel`)).status()).toBe(200);
    expect((await waitForStatus(request, modal.id, ["cancelled"])).status).toBe("cancelled");
    // A finished task cannot be cancelled.
    const finished = await request.post(`/api/tasks/${upscaleId}/cancel`);
    expect(finished.status()).toBe(409);
    expect((await errorOf(finished)).message).toMatch(/already finished/);
  });
});

test.describe("legacy upstream (OSS profile)", () => {
  restoreSimulatorAfterEach({ profile: "native" });

  test("a grid without upstream buttons offers U1–V4; U1 goes through /submit/change", async ({
    request,
  }) => {
    await simControl(request, { profile: "oss" });
    const grid = await waitForImage(
      request,
      (await createImagine(request, `an oss lighthouse ${Date.now()}`)).id,
    );
    expect(buttonLabels(grid.buttons)).toEqual(GRID_BUTTON_LABELS);
    expect(grid.buttons[0]?.customId).toBe(`MJ::JOB::upsample::1::${grid.upstreamId}`);

    const changes = await requestsTo(request, "POST /mj/submit/change");
    const actions = await requestsTo(request, "POST /mj/submit/action");
    const child = await pressButton(request, grid.id, buttonId(grid, "U1"));
    expect(child).toMatchObject({ action: "UPSCALE", buttonLabel: "U1", parentId: grid.id });
    expect(await requestsTo(request, "POST /mj/submit/change")).toBe(changes + 1);
    expect(await requestsTo(request, "POST /mj/submit/action")).toBe(actions);
    const upscaled = await waitForImage(request, child.id);
    expect(upscaled).toMatchObject({ action: "UPSCALE", buttons: [] });

    // No image-seed endpoint on OSS: a clear 422.
    const seed = await request.get(`/api/tasks/${grid.id}/seed`);
    expect(seed.status()).toBe(422);
    expect((await errorOf(seed)).message).toMatch(/does not provide image seeds/);

    // Shorten does not exist on OSS: a clear 422, and nothing kept.
    const shorten = await request.post("/api/shorten", { data: { prompt: "cat", idempotencyKey: key() } });
    expect(shorten.status()).toBe(422);
    expect((await errorOf(shorten)).message).toMatch(/does not support/);
  });
});
