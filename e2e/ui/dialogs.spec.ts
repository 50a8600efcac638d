import { expect, type APIRequestContext, type Page, test, type TestInfo } from "@playwright/test";
import sharp from "sharp";

import {
  buttonId,
  createImagine,
  getTask,
  pressButton,
  SIM_HEADERS,
  simStats,
  waitForImage,
  waitForStatus,
} from "../helpers/api";
import { linePoints, press, shot, touchGesture } from "../helpers/ui";

// Midjourney's dialogs: Custom Zoom and Vary (Region) with the mask editor (opened before anything is sent,
// see also dialog-before-press.spec.ts), and abandoning a task left waiting in a dialog (status "modal").
// Each test first renders a grid and an upscale, so they get more time than the default.
test.describe.configure({ timeout: 150_000 });

async function upscaled(request: APIRequestContext, testInfo: TestInfo, what: string) {
  const prompt = `${what} ${testInfo.project.name} ${Date.now()}`;
  const grid = await waitForImage(request, (await createImagine(request, prompt)).id);
  const up = await waitForImage(request, (await pressButton(request, grid.id, buttonId(grid, "U1"))).id);
  return { prompt, up };
}

/** Presses one of the upscale's dialog buttons on its page: the dialog opens there, before any task exists. */
async function openDialog(page: Page, testInfo: TestInfo, upId: string, button: string, kind: string) {
  await page.goto(`/tasks/${upId}`);
  await press(page.getByRole("button", { name: button, exact: true }), testInfo);
  const dialog = page.locator(`[data-testid=modal-dialog][data-kind=${kind}]`);
  await expect(dialog).toBeVisible();
  await expect(dialog).toHaveAttribute("data-stage", "before-press");
  await expect(page.locator("article[data-task-id]")).toHaveAttribute("data-task-id", upId);
  return { dialog };
}

/** Submit presses the button and answers the dialog; the child's page then replaces the upscale's. */
async function childAfterSubmit(page: Page, upId: string): Promise<string> {
  await expect(page).not.toHaveURL(new RegExp(`/tasks/${upId}$`));
  const article = page.locator("article[data-task-id]");
  await expect(article).not.toHaveAttribute("data-task-id", upId);
  return (await article.getAttribute("data-task-id")) ?? "";
}

const modalCalls = async (request: APIRequestContext) =>
  (await simStats(request)).requests["POST /mj/submit/modal"] ?? 0;

test("Custom Zoom: zoom 1.5 is validated, written into the prompt and runs a ZOOM grid", async ({
  page,
  request,
}, testInfo) => {
  const { up } = await upscaled(request, testInfo, "a quiet harbour");
  const { dialog } = await openDialog(page, testInfo, up.id, "Custom Zoom", "custom-zoom");
  const zoom = dialog.getByRole("spinbutton", { name: "Zoom" });
  const prompt = dialog.getByRole("textbox", { name: "Prompt" });
  await expect(dialog.getByRole("slider", { name: "Zoom" })).toBeVisible();
  await expect(prompt).toHaveValue(/--zoom 2$/);

  // Out of range: an inline error, and Submit sends nothing.
  const before = await modalCalls(request);
  await zoom.fill("2.5");
  await expect(dialog.getByRole("alert")).toHaveText("--zoom must be from 1 to 2.");
  await press(dialog.getByRole("button", { name: "Submit" }), testInfo);
  await expect(dialog).toBeVisible();
  expect(await modalCalls(request)).toBe(before);

  await zoom.fill("1.5");
  await expect(prompt).toHaveValue(/--zoom 1\.5$/);
  await expect(dialog.getByRole("alert")).toHaveCount(0);
  await shot(page, testInfo, "dialog-zoom");
  await press(dialog.getByRole("button", { name: "Submit" }), testInfo);
  const childId = await childAfterSubmit(page, up.id);
  await expect(page.locator("article[data-task-id]")).toHaveAttribute(
    "data-status",
    /submitted|queued|running|succeeded/,
  );
  await expect(page.getByTestId("modal-dialog")).toHaveCount(0);
  expect(await modalCalls(request)).toBe(before + 1);

  const done = await waitForStatus(request, childId, ["succeeded"]);
  expect(done.action).toBe("ZOOM");
  expect(done.prompt).toContain("--zoom 1.5");
  await expect(page.locator("article[data-task-id]")).toHaveAttribute("data-status", "succeeded");
  await shot(page, testInfo, "dialog-zoom-done");
});

test("Vary (Region): a stroke drawn by mouse or finger becomes a natural-size black/white mask", async ({
  page,
  request,
}, testInfo) => {
  const { up } = await upscaled(request, testInfo, "a red barn");
  const { dialog } = await openDialog(page, testInfo, up.id, "Vary (Region)", "vary-region");
  for (const name of ["Brush", "Eraser", "Rectangle", "Lasso", "Undo", "Redo", "Clear mask"]) {
    await expect(dialog.getByRole("button", { name, exact: true })).toBeVisible();
  }
  await expect(dialog.getByRole("slider", { name: "Brush size" })).toBeVisible();
  const canvas = dialog.getByTestId("mask-canvas");
  await expect(canvas).toHaveCSS("touch-action", "none");
  await expect
    .poll(() => dialog.getByRole("img").evaluate((img: HTMLImageElement) => img.naturalWidth))
    .toBeGreaterThan(0);

  // Submitting an empty mask is refused inline.
  await press(dialog.getByRole("button", { name: "Submit" }), testInfo);
  await expect(dialog.getByRole("alert")).toHaveText("Paint the area to repaint first.");

  await canvas.scrollIntoViewIfNeeded();
  const box = (await canvas.boundingBox())!;
  const at = (fx: number, fy: number) => ({ x: box.x + box.width * fx, y: box.y + box.height * fy });
  const stroke = linePoints(at(0.3, 0.5), at(0.6, 0.5));
  if (testInfo.project.use.hasTouch) {
    // Two fingers pinch (zoom) and must not paint; one finger then draws.
    const layer = dialog.getByTestId("mask-viewport").locator("> div");
    await touchGesture(page, [
      [at(0.45, 0.3), at(0.55, 0.3)],
      [at(0.4, 0.3), at(0.6, 0.3)],
      [at(0.3, 0.3), at(0.7, 0.3)],
    ]);
    await expect(layer).toHaveAttribute("style", /scale\((?!1\))/);
    await press(dialog.getByRole("button", { name: "Reset zoom" }), testInfo);
    await expect(layer).toHaveAttribute("style", /scale\(1\)/);
    await expect(dialog.getByRole("button", { name: "Undo" })).toBeDisabled();
    await touchGesture(
      page,
      stroke.map((p) => [p]),
    );
  } else {
    await page.mouse.move(stroke[0]!.x, stroke[0]!.y);
    await page.mouse.down();
    for (const p of stroke.slice(1)) await page.mouse.move(p.x, p.y);
    await page.mouse.up();
  }
  const undoButton = dialog.getByRole("button", { name: "Undo" });
  await expect(undoButton).toBeEnabled();
  await press(undoButton, testInfo);
  await press(dialog.getByRole("button", { name: "Redo" }), testInfo);
  await expect(undoButton).toBeEnabled();
  await shot(page, testInfo, "dialog-mask");

  await press(dialog.getByRole("button", { name: "Submit" }), testInfo);
  const childId = await childAfterSubmit(page, up.id);
  await expect(page.getByTestId("modal-dialog")).toHaveCount(0);
  const child = await getTask(request, childId);
  expect(child.status).not.toBe("modal");

  const res = await request.get(`/sim/__masks/${child.upstreamId}`, { headers: SIM_HEADERS });
  expect(res.status()).toBe(200);
  const { data, info } = await sharp(await res.body())
    .greyscale()
    .raw()
    .toBuffer({ resolveWithObject: true });
  expect([info.width, info.height]).toEqual([up.image!.width, up.image!.height]);
  const pixel = (fx: number, fy: number) =>
    data[
      Math.round(fy * (info.height - 1)) * info.width * info.channels +
        Math.round(fx * (info.width - 1)) * info.channels
    ]!;
  expect(pixel(0.45, 0.5)).toBeGreaterThan(200);
  expect(pixel(0.02, 0.02)).toBeLessThan(30);
  expect(pixel(0.98, 0.98)).toBeLessThan(30);
  let white = 0;
  for (let i = 0; i < data.length; i += info.channels) if (data[i]! > 127) white++;
  expect(white / (info.width * info.height)).toBeGreaterThan(0.005);
  expect(white / (info.width * info.height)).toBeLessThan(0.2);

  await waitForStatus(request, childId, ["succeeded"]);
});

test("abandoning a dialog: the gallery says waiting and links back; Cancel task ends it, nothing spins", async ({
  page,
  request,
}, testInfo) => {
  const { up } = await upscaled(request, testInfo, "a paper lantern");
  const child = await pressButton(request, up.id, buttonId(up, "Custom Zoom"));
  expect(child.status).toBe("modal");

  await page.goto("/");
  const tile = page.locator(`li[data-task-id="${child.id}"]`);
  await expect(tile).toContainText("Waiting for input");
  // Waiting for a person is not rendering: no progress bar that would look like a spinner.
  await expect(tile.getByRole("progressbar")).toHaveCount(0);
  await tile.scrollIntoViewIfNeeded();
  await shot(page, testInfo, "dialog-gallery-waiting");
  await press(tile.getByTestId("tile-link"), testInfo);
  const dialog = page.locator("[data-testid=modal-dialog][data-kind=custom-zoom]");
  await expect(dialog).toBeVisible();

  await press(dialog.getByRole("button", { name: "Cancel task" }), testInfo);
  await expect(page.locator("article[data-task-id]")).toHaveAttribute("data-status", "cancelled");
  await expect(page.getByTestId("modal-dialog")).toHaveCount(0);
  expect((await getTask(request, child.id)).status).toBe("cancelled");
  await shot(page, testInfo, "dialog-cancelled");

  await page.goto("/");
  await expect(tile).toHaveAttribute("data-status", "cancelled");
  await expect(tile.getByRole("progressbar")).toHaveCount(0);
  await tile.scrollIntoViewIfNeeded();
  await shot(page, testInfo, "dialog-gallery-cancelled");
});
