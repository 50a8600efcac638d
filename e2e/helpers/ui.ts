// Locator helpers for the studio's screens (no page objects: plain functions returning locators).
import { mkdirSync } from "node:fs";

import type { Locator, Page, TestInfo } from "@playwright/test";
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
  const buffer = await sharp({ create: { width, height, channels: 3, background: color } }).png().toBuffer();
  return { name, mimeType: "image/png", buffer };
}

export async function shot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const dir = "e2e/.artifacts/screenshots";
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: `${dir}/${testInfo.project.name}-${name}.png` });
}
