import { expect, test } from "@playwright/test";
import sharp from "sharp";

import type { HealthDto, TaskDto } from "@/lib/schemas/task";

import { buttonLabels, GRID_BUTTON_LABELS } from "../../test/fixtures/grid-buttons";
import {
  buttonId,
  createImagine,
  listTasks,
  pngDataUrl,
  pressButton,
  waitForImage,
  waitForStatus,
} from "../helpers/api";
import { errorOf, jsonAs } from "../helpers/json";

test("imagine with a reference → stored grid → U2 and V3 children linked to the parent", async ({
  request,
}) => {
  const task = await createImagine(request, "a red fox in snow --ar 3:2", [await pngDataUrl()]);
  expect(task.status).toMatch(/^(submitted|queued)$/);
  expect(task.referenceCount).toBe(1);
  expect(task.upstreamId).toMatch(/^\d{16}$/);

  const done = await waitForImage(request, task.id);
  expect(done.progress).toBe(100);
  // The grid is served from our storage, never the upstream CDN.
  expect(done.image?.url).toMatch(new RegExp(`^/api/images/${task.id}/original\\?v=`));
  expect(done.image?.width).toBe(1024);
  expect(done.image?.height).toBe(682);
  const original = await request.get(done.image!.url);
  expect(original.headers()["content-type"]).toBe("image/png");
  expect(original.headers()["cache-control"]).toContain("immutable");
  const meta = await sharp(await original.body()).metadata();
  expect([meta.format, meta.width, meta.height]).toEqual(["png", 1024, 682]);
  const thumb = await request.get(done.thumbnail!.url);
  expect(thumb.headers()["content-type"]).toBe("image/webp");
  expect(buttonLabels(done.buttons)).toEqual(GRID_BUTTON_LABELS);

  const u2 = await pressButton(request, task.id, buttonId(done, "U2"));
  const v3 = await pressButton(request, task.id, buttonId(done, "V3"));
  expect(u2).toMatchObject({ parentId: task.id, action: "UPSCALE", buttonLabel: "U2" });
  expect(v3).toMatchObject({ parentId: task.id, action: "VARIATION", buttonLabel: "V3" });

  const upscaled = await waitForImage(request, u2.id);
  expect(upscaled.parent?.id).toBe(task.id);
  expect(upscaled.buttons.map((b) => b.label)).toContain("Upscale (Subtle)");
  const varied = await waitForImage(request, v3.id);
  expect(varied.buttons.map((b) => b.label)).toContain("V1");

  const parent = await waitForStatus(request, task.id, ["succeeded"]);
  expect(parent.children.map((c) => c.id).sort()).toEqual([u2.id, v3.id].sort());

  const download = await request.get(`${done.image!.url}&download=1`);
  expect(download.headers()["content-disposition"]).toContain("attachment");
});

test("a failing job ends as a visible failure with the upstream's reason", async ({ request }) => {
  const task = await createImagine(request, "impossible shape --ar 0:1");
  const failed = await waitForStatus(request, task.id, ["failed"]);
  expect(failed.failCode).toBe("UPSTREAM_FAILURE");
  expect(failed.failReason).toMatch(/aspect ratio/i);
});

test("the list pages by cursor, filters by status and text", async ({ request }) => {
  const marker = `zebra-${Date.now()}`;
  const created = [];
  for (let i = 0; i < 3; i++) created.push(await createImagine(request, `${marker} number ${i}`));
  const page1 = await listTasks(request, `q=${marker}&limit=2`);
  expect(page1.items.map((t: { id: string }) => t.id)).toEqual([created[2]!.id, created[1]!.id]);
  expect(page1.nextCursor).toBeTruthy();
  const page2 = await listTasks(request, `q=${marker}&limit=2&cursor=${page1.nextCursor}`);
  expect(page2.items.map((t: { id: string }) => t.id)).toEqual([created[0]!.id]);
  expect(page2.nextCursor).toBeNull();

  const active = await listTasks(request, `q=${marker}&status=active`);
  expect(active.items.length).toBeGreaterThan(0);
  for (const t of created) await waitForStatus(request, t.id, ["succeeded"]);
  const stillActive = await listTasks(request, `q=${marker}&status=active`);
  expect(stillActive.items).toEqual([]);
  const done = await listTasks(request, `q=${marker}&status=succeeded`);
  expect(done.items).toHaveLength(3);
});

test("health reports the simulator, the database and the tracker", async ({ request }) => {
  const res = await request.get("/api/health");
  expect(res.status()).toBe(200);
  const body = await jsonAs<HealthDto>(res);
  expect(body).toMatchObject({
    ok: true,
    simulator: true,
    database: true,
    tracker: { running: true, role: "single" },
  });
});

test("per-submit speed mode and state are accepted and validated", async ({ request }) => {
  const res = await request.post("/api/tasks", {
    data: {
      prompt: "a relaxed lighthouse",
      mode: "relax",
      state: "order-42",
      idempotencyKey: `e2e-mode-${Date.now()}`,
    },
  });
  expect(res.status()).toBe(201);
  expect((await jsonAs<TaskDto>(res)).mode).toBe("relax");
  const tooLong = await request.post("/api/tasks", {
    data: { prompt: "x", state: "s".repeat(256), idempotencyKey: `e2e-state-${Date.now()}` },
  });
  expect(tooLong.status()).toBe(422);
  expect((await errorOf(tooLong)).message).toMatch(/state must be at most 255 characters/);
  const badMode = await request.post("/api/tasks", {
    data: { prompt: "x", mode: "warp", idempotencyKey: `e2e-mode-bad-${Date.now()}` },
  });
  expect(badMode.status()).toBe(422);
  expect((await errorOf(badMode)).message).toMatch(/^mode/);
});
