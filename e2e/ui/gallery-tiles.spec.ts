// The gallery's tiles: justified rows that keep each picture's aspect ratio, text cards for describe, the tile's
// own actions (U/V marked once used, download) and multi-select (select all, shift ranges, Esc, the phone bar).
import { expect, type Locator, type Page, type TestInfo, test } from "@playwright/test";

import { createImagine, getTask, pngDataUrl, postTask, waitForImage, waitForStatus } from "../helpers/api";
import { press, shot } from "../helpers/ui";

const tileById = (page: Page, id: string) => page.locator(`li[data-task-id="${id}"]`);

/** The width / height of a tile's picture box. */
async function boxRatio(tile: Locator): Promise<number> {
  await expect(tile).toBeVisible();
  let ratio = 0;
  // Retried whole: a live update may replace the tile's element between the scroll and the measure.
  await expect(async () => {
    await tile.scrollIntoViewIfNeeded({ timeout: 2_000 });
    const box = await tile.locator(":scope > div").first().boundingBox({ timeout: 2_000 });
    if (!box) throw new Error("tile has no box");
    ratio = box.width / box.height;
  }).toPass();
  return ratio;
}

/** The tile's actions: the hover bar on a desktop, the "⋯" sheet on a phone. */
async function tileActions(page: Page, tile: Locator, testInfo: TestInfo): Promise<Locator> {
  if (testInfo.project.use.hasTouch) {
    await press(tile.getByRole("button", { name: "More actions" }), testInfo);
    const sheet = page.getByRole("dialog", { name: "Image actions" });
    await expect(sheet).toBeVisible();
    return sheet;
  }
  const bar = tile.getByTestId("tile-actions");
  // Hovered again on each try: a task arriving live (other tests' too) can move the tile from under the pointer.
  await expect(async () => {
    await tile.hover();
    await expect(bar).toHaveCSS("opacity", "1", { timeout: 2_000 });
  }).toPass();
  return bar;
}

test("tiles keep their aspect ratio, and a describe is a card of its prompts", async ({
  page,
  request,
}, testInfo) => {
  const tag = `aspect ${testInfo.project.name} ${Date.now()}`;
  const wide = await createImagine(request, `${tag} a wide harbour --ar 16:9`);
  const tall = await createImagine(request, `${tag} a tall tower --ar 2:3`);
  const described = await postTask(request, "/api/describe", { image: await pngDataUrl(96, 64, "#2a6f97") });
  await Promise.all([
    waitForImage(request, wide.id),
    waitForImage(request, tall.id),
    waitForStatus(request, described.id, ["succeeded"]),
  ]);

  await page.goto("/");
  const wideTile = tileById(page, wide.id);
  const tallTile = tileById(page, tall.id);
  await expect(wideTile.locator("img")).toHaveAttribute("src", /\/thumb\?v=/);
  await expect(tallTile.locator("img")).toHaveAttribute("src", /\/thumb\?v=/);
  expect(Math.abs((await boxRatio(wideTile)) / (16 / 9) - 1)).toBeLessThan(0.1);
  expect(Math.abs((await boxRatio(tallTile)) / (2 / 3) - 1)).toBeLessThan(0.1);
  // The prompt is in the tile (search, screen readers), shown on hover.
  await expect(wideTile).toContainText("a wide harbour");

  const card = tileById(page, described.id).getByTestId("text-card");
  await expect(card).toBeVisible();
  await expect(card.getByRole("listitem")).toHaveCount(4);
  await page.getByTestId("gallery-grid").scrollIntoViewIfNeeded();
  await shot(page, testInfo, "gallery-tiles-1-mixed");
  await page.emulateMedia({ colorScheme: "dark" });
  await shot(page, testInfo, "gallery-tiles-1-mixed-dark");
});

test("U1 from a tile makes the upscale and then shows U1 as used; download saves one image", async ({
  page,
  request,
}, testInfo) => {
  const grid = await waitForImage(
    request,
    (await createImagine(request, `a tile action grid ${testInfo.project.name} ${Date.now()}`)).id,
  );
  await page.goto("/");
  const tile = tileById(page, grid.id);
  let actions = await tileActions(page, tile, testInfo);
  await shot(page, testInfo, "gallery-tiles-2-actions");

  const downloadPromise = page.waitForEvent("download");
  await press(actions.getByRole("link", { name: "Download image" }), testInfo);
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe(`mj-${grid.id}-original.png`);
  if (testInfo.project.use.hasTouch) await page.keyboard.press("Escape");

  actions = await tileActions(page, tile, testInfo);
  const u1 = actions.getByRole("button", { name: /^U1/ });
  await expect(u1).not.toHaveAttribute("data-used");
  await press(u1, testInfo);
  await expect(u1).toHaveAttribute("data-used", "true");
  await expect(u1).toHaveAccessibleName("U1, used");
  // The upscale exists upstream-side too: one child, made by U1, and it joins the gallery on its own.
  await expect
    .poll(async () => (await getTask(request, grid.id)).children.map((c) => c.buttonLabel))
    .toEqual(["U1"]);
  const child = (await getTask(request, grid.id)).children[0];
  await expect(tileById(page, child?.id ?? "none")).toBeVisible();

  // After a reload the mark comes from the server (TaskDto.usedButtons).
  await page.reload();
  actions = await tileActions(page, tileById(page, grid.id), testInfo);
  await expect(actions.getByRole("button", { name: /^U1/ })).toHaveAttribute("data-used", "true");
  await expect(actions.getByRole("button", { name: /^U2/ })).not.toHaveAttribute("data-used");
});

test("select all, shift-click a range, Esc leaves select mode; the phone bar is one compact row", async ({
  page,
  request,
}, testInfo) => {
  const tag = `range${testInfo.project.name}${Date.now()}`;
  const made = [];
  for (const ar of ["1:1", "3:2", "2:3", "16:9", "4:5"])
    made.push(await createImagine(request, `${tag} --ar ${ar}`));
  await Promise.all(made.map((task) => waitForImage(request, task.id)));

  await page.goto(`/?q=${tag}`);
  const tiles = page.locator("li[data-task-id]");
  await expect(tiles).toHaveCount(5);
  await press(page.getByRole("button", { name: "Select", exact: true }), testInfo);
  const bar = page.getByTestId("selection-bar");
  await press(page.getByRole("button", { name: "Select all (5)" }), testInfo);
  await expect(bar).toContainText("5 selected");
  await press(bar.getByRole("button", { name: "Clear" }), testInfo);
  await expect(bar).toContainText("0 selected");

  // Newest first: a click on the second tile, a shift-click on the fifth selects the four between.
  await tiles.nth(1).click();
  await tiles.nth(4).click({ modifiers: ["Shift"] });
  await expect(bar).toContainText("4 selected");
  await expect(tiles.nth(0).getByRole("checkbox")).not.toBeChecked();
  await expect(tiles.nth(3).getByRole("checkbox")).toBeChecked();
  await shot(page, testInfo, "gallery-tiles-3-selecting");

  if (testInfo.project.use.hasTouch) {
    const box = await bar.boundingBox();
    expect(box?.height).toBeLessThanOrEqual(64);
    await page.emulateMedia({ colorScheme: "dark" });
    await shot(page, testInfo, "gallery-tiles-3-selecting-dark");
  }

  await page.keyboard.press("Escape");
  await expect(bar).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Select", exact: true })).toHaveAttribute(
    "aria-pressed",
    "false",
  );
});
