// Locator helpers for the studio's screens (no page objects: plain functions returning locators).
import { expect, type Locator, type Page, type TestInfo } from "@playwright/test";
import { mkdirSync } from "node:fs";
import sharp from "sharp";

/** Taps on touch projects, clicks elsewhere: the phone tests exercise real touch input. */
export async function press(locator: Locator, testInfo: TestInfo): Promise<void> {
  if (testInfo.project.use.hasTouch) await locator.tap();
  else await locator.click();
}

export function tileFor(page: Page, promptText: string): Locator {
  return page.locator("li[data-task-id]").filter({ hasText: promptText }).first();
}

export async function pngFile(name: string, width = 640, height = 480, color = "#f97316") {
  const buffer = await sharp({ create: { width, height, channels: 3, background: color } })
    .png()
    .toBuffer();
  return { name, mimeType: "image/png", buffer };
}

export async function shot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const dir = "e2e/.artifacts/screenshots";
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: `${dir}/${testInfo.project.name}-${name}.png` });
}

/** A screenshot of one element (e.g. the whole prompt form, taller than a phone screen). */
export async function shotOf(locator: Locator, testInfo: TestInfo, name: string): Promise<void> {
  const dir = "e2e/.artifacts/screenshots";
  mkdirSync(dir, { recursive: true });
  await locator.screenshot({ path: `${dir}/${testInfo.project.name}-${name}.png` });
}

/** Below Tailwind's lg breakpoint the composer is a bottom sheet behind the bottom bar's Create button. */
export function composerIsSheet(page: Page): boolean {
  return (page.viewportSize()?.width ?? 1280) < 1024;
}

/**
 * Shows the whole composer on the home page: on phones opens its bottom sheet (the bottom bar's Create), on
 * desktop expands the prompt bar (modes, parameters, references). Retried: a press before hydration is lost.
 */
export async function openComposer(page: Page, testInfo: TestInfo): Promise<Locator> {
  const composer = page.getByTestId("composer");
  if (composerIsSheet(page)) {
    const dialog = page.getByRole("dialog", { name: "Create" });
    await expect(async () => {
      if (!(await dialog.isVisible())) {
        await press(page.getByTestId("bottom-bar").getByRole("button", { name: "Create" }), testInfo);
      }
      await expect(dialog).toBeVisible({ timeout: 2_000 });
    }).toPass();
  } else {
    const toggle = page.getByTestId("composer-expand");
    await expect(async () => {
      if ((await toggle.getAttribute("aria-expanded")) !== "true") await press(toggle, testInfo);
      await expect(toggle).toHaveAttribute("aria-expanded", "true", { timeout: 2_000 });
    }).toPass();
  }
  return composer;
}

/** The home gallery's lightbox (a full-screen dialog over the gallery, `?view=<taskId>`). */
export function lightbox(page: Page): Locator {
  return page.getByTestId("lightbox");
}

/**
 * From a gallery tile to the task's own page: a tile opens the lightbox, whose "Details" link leads on. Returns
 * the detail article.
 */
export async function openTaskPage(page: Page, tile: Locator, testInfo: TestInfo): Promise<Locator> {
  await press(tile.getByTestId("tile-link"), testInfo);
  await press(lightbox(page).getByRole("link", { name: "Details" }), testInfo);
  const detail = page.locator("article[data-task-id]");
  await detail.waitFor();
  return detail;
}

/** Opens the prompt form's "Parameters" panel (closed by default) unless it is already open. */
export async function openParams(page: Page, testInfo: TestInfo): Promise<void> {
  await openComposer(page, testInfo);
  const toggle = page.getByTestId("params-panel").getByRole("button", { name: /^Parameters/ });
  if ((await toggle.getAttribute("aria-expanded")) !== "true") await press(toggle, testInfo);
  await page.getByRole("group", { name: "Aspect ratio" }).waitFor();
}

/** Home page in one create mode (the tablist above the forms); returns that mode's panel. */
export async function openCreateMode(page: Page, testInfo: TestInfo, tab: string): Promise<Locator> {
  await page.goto("/");
  await openComposer(page, testInfo);
  const tabLocator = page.getByRole("tab", { name: tab, exact: true });
  await press(tabLocator, testInfo);
  await tabLocator.waitFor();
  const panel = page.locator("[role=tabpanel][data-create-mode]");
  await panel.waitFor();
  return panel;
}

/** From a create form's success message to the new task's page. */
export async function openCreatedTask(page: Page, testInfo: TestInfo): Promise<Locator> {
  const created = page.getByTestId("create-created");
  // On phones the sheet closes after a submit; it kept its state, the message included. (A role locator would
  // not see the link while the sheet is hidden, so the wait is on the test id.)
  await created.waitFor({ state: "attached" });
  if (!(await created.isVisible())) await openComposer(page, testInfo);
  await press(created.getByRole("link", { name: "View task" }), testInfo);
  const detail = page.locator("article[data-task-id]");
  await detail.waitFor();
  return detail;
}

/**
 * Real touch input through the DevTools protocol (Chromium): the page sees touchstart/move/end and the pointer
 * events derived from them, exactly like a finger. Each step lists the fingers on the glass, in page CSS pixels.
 */
export async function touchGesture(
  page: Page,
  steps: ReadonlyArray<ReadonlyArray<{ x: number; y: number }>>,
): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const points = (fingers: ReadonlyArray<{ x: number; y: number }>) =>
    fingers.map((p, id) => ({
      x: Math.round(p.x),
      y: Math.round(p.y),
      id,
      radiusX: 4,
      radiusY: 4,
      force: 1,
    }));
  const [first, ...rest] = steps;
  if (!first) return;
  await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: points(first) });
  for (const fingers of rest)
    await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: points(fingers) });
  await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
  await cdp.detach();
  // A real finger needs a moment to reach the next button; Chromium drops the click of a tap that follows a drag
  // within a few milliseconds, which only synthetic input can do.
  await new Promise((resolve) => setTimeout(resolve, 400));
}

/** A straight line as a list of points (for strokes drawn with the mouse or a finger). */
export function linePoints(
  from: { x: number; y: number },
  to: { x: number; y: number },
  steps = 12,
): Array<{ x: number; y: number }> {
  return Array.from({ length: steps + 1 }, (_, i) => ({
    x: from.x + ((to.x - from.x) * i) / steps,
    y: from.y + ((to.y - from.y) * i) / steps,
  }));
}

/**
 * Paints one horizontal stroke across the middle of a mask painter (Vary Region's dialog, the Edit form) inside
 * `scope`, by mouse or by finger, once its image has loaded; ends when Undo becomes possible.
 */
export async function paintMaskStroke(
  page: Page,
  scope: Locator,
  testInfo: TestInfo,
  { fromX = 0.3, toX = 0.6 }: { fromX?: number; toX?: number } = {},
): Promise<void> {
  const canvas = scope.getByTestId("mask-canvas");
  await expect
    .poll(() =>
      scope
        .getByTestId("mask-viewport")
        .getByRole("img")
        .evaluate((img: HTMLImageElement) => img.naturalWidth),
    )
    .toBeGreaterThan(0);
  await canvas.scrollIntoViewIfNeeded();
  const box = (await canvas.boundingBox())!;
  const at = (fx: number, fy: number) => ({ x: box.x + box.width * fx, y: box.y + box.height * fy });
  const stroke = linePoints(at(fromX, 0.5), at(toX, 0.5));
  if (testInfo.project.use.hasTouch) {
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
  await expect(scope.getByRole("button", { name: "Undo" })).toBeEnabled();
}
