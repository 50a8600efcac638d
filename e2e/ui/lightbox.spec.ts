import { expect, type Page, test } from "@playwright/test";
import { readFileSync } from "node:fs";
import sharp from "sharp";

import { createImagine, getTask, waitForImage } from "../helpers/api";
import { lightbox, linePoints, press, shot, tileFor, touchGesture } from "../helpers/ui";

/** A finger sliding across the lightbox's picture, from 80 % to 20 % of its width (or back). */
async function swipe(page: Page, direction: "left" | "right"): Promise<void> {
  const box = await lightbox(page).getByTestId("lightbox-stage").boundingBox();
  if (!box) throw new Error("no stage");
  const y = box.y + box.height / 2;
  const [from, to] = direction === "left" ? [0.8, 0.2] : [0.2, 0.8];
  const line = linePoints({ x: box.x + box.width * from, y }, { x: box.x + box.width * to, y }, 8);
  await touchGesture(
    page,
    line.map((point) => [point]),
  );
}

test("a tile opens the lightbox; arrows or swipes move through the gallery; Esc, the close button or Back close it", async ({
  page,
  request,
}, testInfo) => {
  test.setTimeout(120_000);
  const phone = Boolean(testInfo.project.use.hasTouch);
  const tag = `lightbox ${testInfo.project.name} ${Date.now()}`;
  const wide = await waitForImage(
    request,
    (await createImagine(request, `${tag} harbour at dusk --ar 16:9`)).id,
  );
  const square = await waitForImage(request, (await createImagine(request, `${tag} square koi pond`)).id);

  await page.goto(`/?q=${encodeURIComponent(tag)}`);
  await expect(page.locator("li[data-task-id]")).toHaveCount(2);
  await page.locator("body[data-shortcuts=on]").waitFor(); // hydrated: a tile opens the lightbox, not the page
  // Newest first: the square grid, then the wide one.
  await press(tileFor(page, "square koi pond").getByTestId("tile-link"), testInfo);
  const box = lightbox(page);
  await expect(box).toBeVisible();
  await expect(box).toHaveAttribute("data-task-id", square.id);
  await expect(page).toHaveURL(new RegExp(`[?&]view=${square.id}`));
  await expect(page.getByRole("dialog", { name: /square koi pond/ })).toBeVisible();
  await expect(box.getByTestId("lightbox-image")).toHaveAttribute("src", /\/api\/images\/.+\/original\?v=/);

  if (phone) await swipe(page, "left");
  else await page.keyboard.press("ArrowRight");
  await expect(box).toHaveAttribute("data-task-id", wide.id);
  await expect(page).toHaveURL(new RegExp(`[?&]view=${wide.id}`));
  await expect(box.getByTestId("lightbox-image")).toBeVisible();
  await expect
    .poll(() => box.getByTestId("lightbox-image").evaluate((img: HTMLImageElement) => img.naturalWidth))
    .toBeGreaterThan(0);
  await shot(page, testInfo, "lightbox-wide-light");
  await page.emulateMedia({ colorScheme: "dark" });
  await shot(page, testInfo, "lightbox-wide-dark");
  await page.emulateMedia({ colorScheme: "light" });

  if (phone) await swipe(page, "right");
  else await page.keyboard.press("ArrowLeft");
  await expect(box).toHaveAttribute("data-task-id", square.id);

  if (phone) {
    // Chromium drops a synthetic tap that comes right after a synthetic swipe (no finger is that fast): tap
    // again until it lands.
    await expect(async () => {
      await press(box.getByRole("button", { name: "Close", exact: true }), testInfo);
      await expect(box).toHaveCount(0, { timeout: 1_000 });
    }).toPass();
  } else await page.keyboard.press("Escape");
  await expect(box).toHaveCount(0);
  await expect(page).not.toHaveURL(/[?&]view=/);
  // Focus is back on the tile of the image last shown.
  if (!phone) await expect(tileFor(page, "square koi pond").getByTestId("tile-link")).toBeFocused();

  // Back closes it too, and a shared link opens it.
  await press(tileFor(page, "harbour at dusk").getByTestId("tile-link"), testInfo);
  await expect(box).toHaveAttribute("data-task-id", wide.id);
  await page.goBack();
  await expect(box).toHaveCount(0);
  await expect(page).not.toHaveURL(/[?&]view=/);
  await page.goto(`/?q=${encodeURIComponent(tag)}&view=${wide.id}`);
  await expect(box).toHaveAttribute("data-task-id", wide.id);
  await press(box.getByRole("button", { name: "Close", exact: true }), testInfo);
  await expect(box).toHaveCount(0);
  await expect(page).not.toHaveURL(/[?&]view=/);
});

test("a grid's four images: one downloads alone; f favorites; u then 1 upscales once", async ({
  page,
  request,
}, testInfo) => {
  test.setTimeout(120_000);
  const tag = `cells ${testInfo.project.name} ${Date.now()}`;
  const grid = await waitForImage(request, (await createImagine(request, `${tag} paper lanterns`)).id);

  await page.goto(`/?q=${encodeURIComponent(tag)}&view=${grid.id}`);
  const box = lightbox(page);
  await expect(box).toHaveAttribute("data-task-id", grid.id);
  const cells = box.locator("li[data-cell]");
  await expect(cells).toHaveCount(4);
  await expect
    .poll(() => box.getByTestId("lightbox-image").evaluate((img: HTMLImageElement) => img.naturalWidth))
    .toBeGreaterThan(0);
  await shot(page, testInfo, "lightbox-grid-top");
  await cells.last().scrollIntoViewIfNeeded();
  await expect
    .poll(() =>
      cells
        .locator("img")
        .evaluateAll((imgs) => imgs.every((img) => (img as HTMLImageElement).naturalWidth > 0)),
    )
    .toBe(true);
  await shot(page, testInfo, "lightbox-grid-light");
  await page.emulateMedia({ colorScheme: "dark" });
  await shot(page, testInfo, "lightbox-grid-dark");
  await page.emulateMedia({ colorScheme: "light" });

  const downloading = page.waitForEvent("download");
  await press(box.getByRole("link", { name: "Download image 2" }), testInfo);
  const download = await downloading;
  // Named after the prompt's first words (cut at 40 characters), the task and the cell.
  expect(download.suggestedFilename()).toMatch(
    new RegExp(`^cells-${testInfo.project.name}-[a-z0-9-]*-${grid.id}-2\\.png$`),
  );
  const bytes = readFileSync(await download.path());
  expect(bytes.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
  const meta = await sharp(bytes).metadata();
  expect(meta.format).toBe("png");
  expect(meta.width).toBe(Math.floor(grid.image!.width! / 2) + (grid.image!.width! % 2));
  expect(meta.height).toBe(Math.floor(grid.image!.height! / 2));

  // f stars it for this member, and again un-stars it.
  await page.keyboard.press("f");
  await expect(box.getByRole("button", { name: "Remove from favorites" })).toBeVisible();
  await expect.poll(async () => (await getTask(request, grid.id)).favorite).toBe(true);
  await page.keyboard.press("f");
  await expect(box.getByRole("button", { name: "Add to favorites" })).toBeVisible();
  await expect.poll(async () => (await getTask(request, grid.id)).favorite).toBe(false);

  // u then 1 presses U1 once, even with the 1 held down; the lightbox stays open.
  await page.keyboard.press("u");
  await page.keyboard.down("1");
  await page.keyboard.down("1"); // a repeat while held
  await page.keyboard.up("1");
  await expect(box.getByTestId("lightbox-started")).toContainText("U1");
  await expect
    .poll(async () => (await getTask(request, grid.id)).children.map((c) => c.buttonLabel))
    .toEqual(["U1"]);
  await expect(box).toHaveAttribute("data-task-id", grid.id);

  // v then 2 presses V2 (one more child, no second U1).
  await page.keyboard.press("v");
  await page.keyboard.press("2");
  await expect
    .poll(async () => (await getTask(request, grid.id)).children.map((c) => c.buttonLabel).sort())
    .toEqual(["U1", "V2"]);

  // d downloads the whole stored image.
  const wholeDownload = page.waitForEvent("download");
  await page.keyboard.press("d");
  const whole = readFileSync(await (await wholeDownload).path());
  const wholeMeta = await sharp(whole).metadata();
  expect([wholeMeta.width, wholeMeta.height]).toEqual([grid.image!.width, grid.image!.height]);
});
