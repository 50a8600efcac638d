// Issue 12 item 1: the gallery is the page. Phone: images on the first screen, the composer in a bottom sheet
// opened from the bottom bar, the new task in view after a submit. Desktop: a prompt bar above the gallery.
// Navigation in the header / bottom bar, and a light/dark/system theme switch that survives a reload.
import { expect, type Locator, type Page, test } from "@playwright/test";

import { createImagine, waitForImage } from "../helpers/api";
import { composerIsSheet, openComposer, press, shot, tileFor } from "../helpers/ui";

async function firstViewportTop(locator: Locator): Promise<number> {
  const box = await locator.boundingBox();
  expect(box).not.toBeNull();
  return box!.y;
}

/** Below the sticky header and above the phone's bottom bar: visible, not hidden under the chrome. */
async function expectClearlyInView(page: Page, tile: Locator) {
  await expect(tile).toBeInViewport({ ratio: 0.5 });
  const headerBottom = await page.locator("header").evaluate((el) => el.getBoundingClientRect().bottom);
  await expect.poll(async () => (await tile.boundingBox())!.y + 1).toBeGreaterThanOrEqual(headerBottom);
}

test("the first finished image is on the first screen; a submit brings the new tile into view", async ({
  page,
  request,
}, testInfo) => {
  const seeded = await waitForImage(
    request,
    (await createImagine(request, `first screen ${testInfo.project.name} ${Date.now()} --ar 3:2`)).id,
  );
  await page.goto("/");
  const height = page.viewportSize()!.height;
  const image = page.locator(`li[data-task-id="${seeded.id}"] img`).first();
  await expect(image).toBeVisible();
  // Fully or mostly within the first viewport, with no scrolling.
  const top = await firstViewportTop(image);
  const box = (await image.boundingBox())!;
  expect(top).toBeLessThan(height);
  expect(top + box.height / 2).toBeLessThan(height);

  const composer = page.getByTestId("composer");
  if (composerIsSheet(page)) {
    await expect(composer).toBeHidden();
    await expect(page.getByTestId("bottom-bar")).toBeInViewport();
  } else {
    // Desktop: the prompt bar (prompt and Imagine in one row) sits above the gallery.
    const prompt = page.getByRole("textbox", { name: "Prompt", exact: true });
    const imagine = page.getByRole("button", { name: "Imagine", exact: true });
    await expect(prompt).toBeVisible();
    await expect(imagine).toBeVisible();
    const promptBox = (await prompt.boundingBox())!;
    const imagineBox = (await imagine.boundingBox())!;
    expect(Math.abs(promptBox.y - imagineBox.y)).toBeLessThan(8);
    const galleryTop = await firstViewportTop(page.getByRole("heading", { name: "Gallery" }));
    expect((await composer.boundingBox())!.y).toBeLessThan(galleryTop);
  }
  await shot(page, testInfo, "layout-1-home");

  // Scrolled away from the top, then a submit: the new tile is brought back into view.
  await page.evaluate(() => window.scrollTo(0, 1500));
  await openComposer(page, testInfo);
  await shot(page, testInfo, "layout-2-composer-open");
  const prompt = `a new tile in view ${testInfo.project.name} ${Date.now()}`;
  await page.getByRole("textbox", { name: "Prompt", exact: true }).fill(prompt);
  await press(page.getByRole("button", { name: "Imagine", exact: true }), testInfo);
  if (composerIsSheet(page)) {
    await expect(page.getByRole("dialog", { name: "Create" })).toBeHidden();
    // Focus went back to the bottom bar's Create button.
    await expect(page.getByTestId("compose-open")).toBeFocused();
  }
  await expectClearlyInView(page, tileFor(page, prompt));
  await shot(page, testInfo, "layout-3-after-submit");
});

test("phone: the composer is a dialog that keeps its text while closed", async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== "phone", "the bottom sheet is the phone's composer");
  await page.goto("/");
  await openComposer(page, testInfo);
  const dialog = page.getByRole("dialog", { name: "Create" });
  const prompt = dialog.getByRole("textbox", { name: "Prompt", exact: true });
  await expect(prompt).toBeFocused();
  await prompt.fill("a half-written idea");

  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId("compose-open")).toBeFocused();

  await openComposer(page, testInfo);
  await expect(prompt).toHaveValue("a half-written idea");
  await press(dialog.getByRole("button", { name: "Close" }), testInfo);
  await expect(dialog).toBeHidden();

  // The n / c shortcut's event opens it too, with the prompt focused.
  await page.evaluate(() => window.dispatchEvent(new CustomEvent("studio:compose")));
  await expect(dialog).toBeVisible();
  await expect(prompt).toBeFocused();
  // The backdrop above the sheet closes it.
  await page.mouse.click(195, 40);
  await expect(dialog).toBeHidden();
});

test("desktop: the prompt bar expands for modes and parameters; the compose event focuses the prompt", async ({
  page,
}, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "the prompt bar is the desktop's composer");
  await page.goto("/");
  await expect(page.getByRole("tab", { name: "Describe" })).toBeHidden();
  await expect(page.getByTestId("params-panel")).toBeHidden();
  await openComposer(page, testInfo);
  await expect(page.getByRole("tab", { name: "Describe" })).toBeVisible();
  await expect(page.getByTestId("params-panel")).toBeVisible();
  await page.getByRole("button", { name: "Options" }).click();
  await expect(page.getByTestId("params-panel")).toBeHidden();
  await page.evaluate(() => window.dispatchEvent(new CustomEvent("studio:compose")));
  await expect(page.getByRole("textbox", { name: "Prompt", exact: true })).toBeFocused();
});

test("the navigation is visible and marks where you are", async ({ page }, testInfo) => {
  await page.goto("/");
  const nav = composerIsSheet(page) ? page.getByTestId("bottom-bar") : page.getByTestId("site-nav");
  await expect(nav).toBeVisible();
  await expect(nav.getByRole("link", { name: "Studio" })).toHaveAttribute("aria-current", "page");

  await press(nav.getByRole("link", { name: "Organize" }), testInfo);
  await expect(page).toHaveURL(/\/collections$/);
  await expect(page.getByRole("heading", { level: 1, name: "Collections" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Organize" })).toHaveAttribute("aria-current", "page");

  for (const [name, path, heading] of [
    ["Usage", "/usage", "Usage"],
    ["Trash", "/trash", "Trash"],
    ["Admin", "/admin", /Members/],
  ] as const) {
    await press(nav.getByRole("link", { name, exact: true }), testInfo);
    await expect(page).toHaveURL(new RegExp(`${path}$`));
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
  }

  if (!composerIsSheet(page)) {
    await press(nav.getByRole("link", { name: "Favorites" }), testInfo);
    await expect(page).toHaveURL(/\/\?favorites=1$/);
    await expect(nav.getByRole("link", { name: "Favorites" })).toHaveAttribute("aria-current", "page");
  } else {
    // Create on another page goes home with the composer open.
    await press(nav.getByRole("link", { name: "Create" }), testInfo);
    await expect(page.getByRole("dialog", { name: "Create" })).toBeVisible();
    await expect(page).toHaveURL(/\/$/);
  }
});

test("the theme switch: dark survives a reload, system follows the device", async ({ page }, testInfo) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/");
  const html = page.locator("html");
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await expect(html).toHaveClass("system");
  const light = await background();

  await press(page.getByTestId("theme-switch"), testInfo);
  await press(page.getByRole("button", { name: "Dark", exact: true }), testInfo);
  await expect(html).toHaveClass("dark");
  const dark = await background();
  expect(dark).not.toBe(light);
  await expect(page.getByTestId("theme-switch")).toHaveAccessibleName("Theme: Dark");
  await shot(page, testInfo, "layout-4-dark");

  await page.reload();
  await expect(html).toHaveClass("dark");
  expect(await background()).toBe(dark);

  await press(page.getByTestId("theme-switch"), testInfo);
  await press(page.getByRole("button", { name: "System", exact: true }), testInfo);
  await expect(html).toHaveClass("system");
  expect(await background()).toBe(light);
  // "System" follows the device's setting live, with no reload.
  await page.emulateMedia({ colorScheme: "dark" });
  await expect.poll(background).toBe(dark);

  await press(page.getByTestId("theme-switch"), testInfo);
  await press(page.getByRole("button", { name: "Light", exact: true }), testInfo);
  await expect(html).toHaveClass("light");
  expect(await background()).toBe(light);
});
