import { expect, test } from "@playwright/test";

import { getTask } from "../helpers/api";
import { openComposer, openTaskPage, pngFile, press, shot, tileFor } from "../helpers/ui";

test("prompt with a reference → live progress → stored grid → U2 and V3 children → survives reload", async ({
  page,
}, testInfo) => {
  const prompt = `a lighthouse at dawn ${testInfo.project.name} ${Date.now()} --ar 3:2`;
  await page.goto("/");
  await expect(page.getByTestId("simulator-badge")).toBeVisible();
  await openComposer(page, testInfo);

  await page.getByLabel("Prompt").fill(prompt);
  await page.getByLabel("Add images").setInputFiles([await pngFile("reference.png")]);
  await expect(page.getByTestId("reference-chip")).toHaveCount(1);
  await expect(page.getByRole("button", { name: "Remove reference 1" })).toBeVisible();
  await shot(page, testInfo, "1-form");
  await press(page.getByRole("button", { name: "Imagine" }), testInfo);

  // The tile appears at once and follows the task's progress without a reload.
  const tile = tileFor(page, prompt);
  await expect(tile).toBeVisible();
  await expect(tile).toHaveAttribute("data-status", /submitted|queued|running/);
  // References stay in the tray after a submit (kept until removed).
  await expect(page.getByTestId("reference-chip")).toHaveCount(1);
  await expect(tile.getByRole("progressbar")).toBeVisible();
  await expect(tile).toHaveAttribute("data-status", "running");
  await shot(page, testInfo, "2-running");
  await expect(tile).toHaveAttribute("data-status", "succeeded");
  const thumb = tile.locator("img").first();
  await expect(thumb).toHaveAttribute("src", /^\/api\/images\/[^/]+\/thumb\?v=/);
  await expect
    .poll(() => thumb.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
    .toBe(true);
  await shot(page, testInfo, "3-done");

  // Detail: large image from our storage, the task's buttons, then U2.
  // A tile opens the lightbox; its Details link leads to the task's page.
  await openTaskPage(page, tile, testInfo);
  const detail = page.locator("article[data-task-id]");
  await expect(detail).toHaveAttribute("data-status", "succeeded");
  const parentId = await detail.getAttribute("data-task-id");
  await expect(page.getByTestId("task-prompt")).toContainText("a lighthouse at dawn");
  await expect(page.getByRole("link", { name: "Download original" })).toHaveAttribute(
    "href",
    /\/api\/images\/.+\/original\?v=.+download=1/,
  );
  for (const name of ["U1", "U2", "U3", "U4", "Reroll", "V1", "V2", "V3", "V4"]) {
    await expect(page.getByRole("button", { name, exact: true })).toBeVisible();
  }
  await shot(page, testInfo, "4-detail");
  await press(page.getByRole("button", { name: "U2", exact: true }), testInfo);

  await expect(page).not.toHaveURL(new RegExp(`/tasks/${parentId}$`));
  await expect(detail).toHaveAttribute("data-status", "succeeded");
  await expect(page.getByTestId("parent-link")).toHaveAttribute("href", `/tasks/${parentId}`);
  await expect(page.getByRole("button", { name: "Upscale (Subtle)" })).toBeVisible();
  await shot(page, testInfo, "5-upscaled");

  // Back to the parent for V3; both children are listed under it.
  await press(page.getByTestId("parent-link"), testInfo);
  await expect(page).toHaveURL(new RegExp(`/tasks/${parentId}$`));
  await press(page.getByRole("button", { name: "V3", exact: true }), testInfo);
  await expect(page).not.toHaveURL(new RegExp(`/tasks/${parentId}$`));
  await expect(detail).toHaveAttribute("data-status", "succeeded");
  await page.goto(`/tasks/${parentId}`);
  const children = page.locator("li[data-task-id]");
  await expect(children.filter({ hasText: "U2" })).toHaveAttribute("data-status", "succeeded");
  await expect(children.filter({ hasText: "V3" })).toHaveAttribute("data-status", "succeeded");

  // The history is server-side: a reload (or any other browser) shows it.
  await page.goto("/");
  await page.reload();
  await expect(tileFor(page, prompt)).toHaveAttribute("data-status", "succeeded");
});

test("a banned word is explained in words and the prompt is kept", async ({ page }, testInfo) => {
  await page.goto("/");
  await openComposer(page, testInfo);
  await page.getByLabel("Prompt").fill("a gore scene in the rain");
  await press(page.getByRole("button", { name: "Imagine" }), testInfo);
  await expect(page.getByTestId("submit-error")).toContainText('Banned word: "gore"');
  await expect(page.getByLabel("Prompt")).toHaveValue("a gore scene in the rain");
  await shot(page, testInfo, "6-banned");
});

test("a failed job shows the reason instead of spinning", async ({ page }, testInfo) => {
  // The prompt passes the studio's own checks; the simulator is told to fail the job midway.
  const prompt = `doomed job ${testInfo.project.name} ${Date.now()} sim:fail`;
  await page.goto("/");
  await openComposer(page, testInfo);
  await page.getByLabel("Prompt").fill(prompt);
  await press(page.getByRole("button", { name: "Imagine" }), testInfo);
  const tile = tileFor(page, prompt);
  await expect(tile).toHaveAttribute("data-status", "failed");
  await expect(tile.getByTestId("task-failure")).toContainText(/Midjourney failed.*asked to fail/i);
});

test("the interface switches to Simplified Chinese and back", async ({ page }) => {
  await page.goto("/");
  await page.getByTestId("language-switch").selectOption("zh-CN");
  await expect(page.getByRole("heading", { name: "图库" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(page.getByTestId("simulator-badge")).toContainText("模拟器");
  await page.getByTestId("language-switch").selectOption("en");
  await expect(page.getByRole("heading", { name: "Gallery" })).toBeVisible();
});

test("the speed mode picked in the form travels with the task", async ({ page, request }, testInfo) => {
  const prompt = `a relaxed pier ${testInfo.project.name} ${Date.now()}`;
  await page.goto("/");
  await openComposer(page, testInfo);
  await page.getByRole("textbox", { name: "Prompt", exact: true }).fill(prompt);
  // The radios are visually hidden inside their labels (a segmented control): press the visible label.
  await press(page.getByRole("group", { name: "Speed" }).getByText("Relax", { exact: true }), testInfo);
  await expect(page.getByRole("radio", { name: "Relax", exact: true })).toBeChecked();
  await press(page.getByRole("button", { name: "Imagine" }), testInfo);
  const tile = tileFor(page, prompt);
  await expect(tile).toBeVisible();
  const id = await tile.getAttribute("data-task-id");
  const task = await getTask(request, id!);
  expect(task.mode).toBe("relax");
});
