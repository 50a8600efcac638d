import { expect, test } from "@playwright/test";

import { openComposer, openCreatedTask, openCreateMode, pngFile, press, shot, tileFor } from "../helpers/ui";

test("describe an image → four prompt cards → Imagine this on card 2 starts that imagine", async ({
  page,
}, testInfo) => {
  const panel = await openCreateMode(page, testInfo, "Describe");
  await expect(page).toHaveURL(/[?&]mode=describe/);
  await expect(page.getByRole("tab", { name: "Describe" })).toHaveAttribute("aria-selected", "true");
  await panel
    .getByLabel("Image", { exact: true })
    .setInputFiles([await pngFile("describe.png", 640, 480, "#0ea5e9")]);
  await expect(panel.getByRole("img", { name: "Image: 640×480" })).toBeVisible();
  await shot(page, testInfo, "types-1-describe-form");
  await press(panel.getByRole("button", { name: "Describe", exact: true }), testInfo);

  const detail = await openCreatedTask(page, testInfo);
  await expect(detail).toHaveAttribute("data-status", "succeeded");
  const cards = page.getByTestId("result-card");
  await expect(cards).toHaveCount(4);
  await expect(page.getByRole("button", { name: "Imagine prompt 1" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Imagine all" })).toBeVisible();
  await shot(page, testInfo, "types-2-describe-result");

  const second = cards.nth(1);
  const prompt = (await second.getByTestId("result-prompt").textContent())?.trim() ?? "";
  expect(prompt.length).toBeGreaterThan(5);
  await press(second.getByRole("checkbox", { name: "Use the image as a reference" }), testInfo);
  await press(second.getByRole("button", { name: "Imagine this" }), testInfo);
  const describeId = await detail.getAttribute("data-task-id");
  await expect(detail).not.toHaveAttribute("data-task-id", describeId ?? "");
  await expect(page.getByTestId("task-prompt")).toHaveText(prompt);
  await expect(detail).toHaveAttribute("data-status", "succeeded");
  await shot(page, testInfo, "types-3-describe-imagined");
});

test("blend three images in a chosen order, portrait → a grid with the usual buttons", async ({
  page,
}, testInfo) => {
  const panel = await openCreateMode(page, testInfo, "Blend");
  await panel
    .getByLabel("Add images")
    .setInputFiles([
      await pngFile("first.png", 400, 400, "#ef4444"),
      await pngFile("second.png", 400, 400, "#22c55e"),
      await pngFile("third.png", 400, 400, "#3b82f6"),
    ]);
  const items = panel.getByTestId("blend-image");
  await expect(items).toHaveCount(3);
  await press(panel.getByRole("button", { name: "Move image 3 up" }), testInfo);
  await expect(items.nth(1)).toContainText("third.png");
  await expect(items.nth(2)).toContainText("second.png");
  await expect(panel.getByRole("button", { name: "Move image 1 up" })).toBeDisabled();
  await press(panel.getByText("Portrait", { exact: true }), testInfo);
  await expect(panel.getByRole("radio", { name: "Portrait" })).toBeChecked();
  await shot(page, testInfo, "types-4-blend-form");
  await press(panel.getByRole("button", { name: "Blend", exact: true }), testInfo);

  const detail = await openCreatedTask(page, testInfo);
  await expect(detail).toHaveAttribute("data-status", "succeeded");
  for (const name of ["U1", "U4", "Reroll", "V1", "V4"]) {
    await expect(page.getByRole("button", { name, exact: true })).toBeVisible();
  }
  await shot(page, testInfo, "types-5-blend-result");
});

test("shorten a prompt → analysis and five cards; Show Details runs through the button flow", async ({
  page,
}, testInfo) => {
  await page.emulateMedia({ colorScheme: "dark" });
  const panel = await openCreateMode(page, testInfo, "Shorten");
  await panel
    .getByLabel("Prompt to shorten", { exact: true })
    .fill(
      `an ornate victorian greenhouse full of exotic orchids, volumetric light, ultra detailed ${Date.now()}`,
    );
  await shot(page, testInfo, "types-6-shorten-form-dark");
  await press(panel.getByRole("button", { name: "Shorten", exact: true }), testInfo);

  const detail = await openCreatedTask(page, testInfo);
  await expect(detail).toHaveAttribute("data-status", "succeeded");
  await expect(page.getByTestId("result-card")).toHaveCount(5);
  await expect(page.getByTestId("important-tokens")).toBeVisible();
  await expect(page.getByRole("button", { name: "Imagine shortened prompt 5" })).toBeVisible();
  await shot(page, testInfo, "types-7-shorten-result-dark");

  const shortenId = await detail.getAttribute("data-task-id");
  await press(page.getByRole("button", { name: "Show Details" }), testInfo);
  await expect(detail).not.toHaveAttribute("data-task-id", shortenId ?? "");
  await expect(detail).toHaveAttribute("data-status", "succeeded");
  await expect(page.getByTestId("result-card")).toHaveCount(5);
});

test("face swap: identical pictures are explained and kept, two different ones succeed", async ({
  page,
}, testInfo) => {
  const panel = await openCreateMode(page, testInfo, "Face swap");
  const same = await pngFile("same.png", 300, 300, "#a855f7");
  await panel.getByLabel("Face", { exact: true }).setInputFiles([same]);
  await panel.getByLabel("Target", { exact: true }).setInputFiles([same]);
  await press(panel.getByRole("button", { name: "Swap face" }), testInfo);
  await expect(panel.getByTestId("create-error")).toBeVisible();
  await expect(panel.getByTestId("swap-face")).toHaveAttribute("data-filled", "true");
  await expect(panel.getByTestId("swap-target")).toHaveAttribute("data-filled", "true");
  await shot(page, testInfo, "types-8-swap-error");

  await panel
    .getByLabel("Target", { exact: true })
    .setInputFiles([await pngFile("target.png", 320, 400, "#facc15")]);
  await expect(panel.getByTestId("create-error")).toHaveCount(0);
  await press(panel.getByRole("button", { name: "Swap face" }), testInfo);
  const detail = await openCreatedTask(page, testInfo);
  await expect(detail).toHaveAttribute("data-status", "succeeded");
  await shot(page, testInfo, "types-9-swap-result");
});

test("seed: Show seed on a finished image, then reuse the prompt with it", async ({ page }, testInfo) => {
  const prompt = `a seeded harbor ${testInfo.project.name} ${Date.now()} --seed 12`;
  await page.goto("/");
  await openComposer(page, testInfo);
  await page.getByLabel("Prompt", { exact: true }).fill(prompt);
  await press(page.getByRole("button", { name: "Imagine", exact: true }), testInfo);
  const tile = tileFor(page, prompt);
  await expect(tile).toHaveAttribute("data-status", "succeeded");
  await press(tile.getByRole("link"), testInfo);

  await press(page.getByRole("button", { name: "Show seed" }), testInfo);
  const seed = page.getByTestId("task-seed");
  await expect(seed).toHaveText(/^\d+$/);
  const value = (await seed.textContent()) ?? "";
  await expect(page.getByRole("button", { name: "Copy seed" })).toBeVisible();
  const reuse = page.getByRole("link", { name: "Reuse with seed" });
  const href = decodeURIComponent((await reuse.getAttribute("href")) ?? "").replace(/\+/g, " ");
  expect(href).toContain(`--seed ${value}`);
  expect(href).not.toContain("--seed 12 ");
  await shot(page, testInfo, "types-10-seed");
  await press(reuse, testInfo);
  // By role: during the navigation the detail page's "Prompt" section would also match a label query.
  await expect(page.getByRole("textbox", { name: "Prompt", exact: true })).toHaveValue(
    new RegExp(`--seed ${value}$`),
  );
});
