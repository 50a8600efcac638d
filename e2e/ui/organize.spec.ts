import { expect, test } from "@playwright/test";
import { unzipSync } from "fflate";

import { createImagine, waitForImage } from "../helpers/api";
import { ADMIN } from "../helpers/auth";
import { press, shot, tileFor } from "../helpers/ui";

test("select tasks → collection, zip with sidecars, favorites filter, delete → trash → restore", async ({
  page,
  request,
}, testInfo) => {
  test.setTimeout(120_000);
  const tag = `orchard ${testInfo.project.name} ${Date.now()}`;
  const first = await waitForImage(request, (await createImagine(request, `${tag} apples --ar 3:2`)).id);
  const second = await waitForImage(request, (await createImagine(request, `${tag} pears`)).id);

  // The search narrows the shared gallery to these two.
  await page.goto(`/?q=${encodeURIComponent(tag)}`);
  await expect(page.locator("li[data-task-id]")).toHaveCount(2);

  // Star one; the favorites filter then shows only it.
  await press(tileFor(page, "apples").getByRole("button", { name: "Add to favorites" }), testInfo);
  await expect(tileFor(page, "apples").getByRole("button", { name: "Remove from favorites" })).toBeVisible();
  await press(page.getByRole("button", { name: "Filters", exact: true }), testInfo);
  await page.getByLabel("★ My favorites").check();
  await expect(page.locator("li[data-task-id]")).toHaveCount(1);
  await expect(page).toHaveURL(/favorites=1/);
  await page.getByLabel("★ My favorites").uncheck();
  await expect(page.locator("li[data-task-id]")).toHaveCount(2);

  // Multi-select both, file them into a new collection.
  await press(page.getByRole("button", { name: "Select", exact: true }), testInfo);
  await page.getByRole("checkbox", { name: /apples/ }).check();
  await page.getByRole("checkbox", { name: /pears/ }).check();
  const bar = page.getByTestId("selection-bar");
  await expect(bar).toContainText("2 selected");
  const collectionName = `Fruit ${testInfo.project.name} ${Date.now()}`;
  await bar.getByLabel("Collection").selectOption({ label: "New collection…" });
  await bar.getByLabel("Name of the new collection").fill(collectionName);
  await press(bar.getByRole("button", { name: "Add to collection" }), testInfo);
  await expect(bar.getByRole("status")).toContainText("Done: 2 tasks.");
  await shot(page, testInfo, "organize-1-selected");

  // Zip: both images and a JSON sidecar each, with prompt, params, author and lineage, plus a manifest.
  const downloadPromise = page.waitForEvent("download");
  await press(bar.getByRole("button", { name: "Download zip" }), testInfo);
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^mj-studio-.*\.zip$/);
  const files = unzipSync(
    new Uint8Array(await (await import("node:fs/promises")).readFile(await download.path())),
  );
  const names = Object.keys(files);
  expect(names).toContain("manifest.json");
  expect(names.filter((n) => n.endsWith(".png"))).toHaveLength(2);
  const sidecarName = names.find((n) => n.includes(first.id) && n.endsWith(".json"));
  expect(sidecarName).toBeDefined();
  const sidecar = JSON.parse(new TextDecoder().decode(files[sidecarName!])) as Record<string, unknown>;
  expect(sidecar).toMatchObject({
    id: first.id,
    prompt: `${tag} apples --ar 3:2`,
    author: { name: ADMIN.name },
    parent: null,
  });
  expect(sidecar.params).toMatchObject({ ar: "3:2" });

  // The collection page lists both, with a cover.
  await page.goto("/collections");
  await expect(page.getByRole("heading", { level: 1, name: "Collections" })).toBeVisible();
  const card = page.locator("li, article").filter({ hasText: collectionName }).first();
  await expect(card).toContainText("2 tasks");
  await expect(card.locator("img")).toHaveCount(1);
  await shot(page, testInfo, "organize-2-collections");

  // Delete both (soft), then restore one from the trash as the admin.
  await page.goto(`/?q=${encodeURIComponent(tag)}`);
  await press(page.getByRole("button", { name: "Select", exact: true }), testInfo);
  await page.getByRole("checkbox", { name: /apples/ }).check();
  await page.getByRole("checkbox", { name: /pears/ }).check();
  // No browser confirm: the delete happens at once and a toast offers Undo (words.spec.ts presses it).
  await press(page.getByTestId("selection-bar").getByRole("button", { name: "Delete" }), testInfo);
  await expect(page.locator("li[data-task-id]")).toHaveCount(0);
  await expect(page.getByTestId("toast")).toContainText("2 tasks moved to the trash.");
  expect((await page.request.get(`/api/tasks/${second.id}`)).status()).toBe(200); // admins still open it

  await page.goto("/trash");
  await expect(page.locator(`li[data-task-id="${first.id}"]`)).toBeVisible();
  // Only this run's task: an earlier attempt may have left others in the trash.
  await page.locator(`li[data-task-id="${first.id}"]`).getByRole("checkbox").check();
  await press(page.getByRole("button", { name: "Restore" }), testInfo);
  await expect(page.locator(`li[data-task-id="${first.id}"]`)).toHaveCount(0);
  await shot(page, testInfo, "organize-3-trash");
  await page.goto(`/?q=${encodeURIComponent(tag)}`);
  await expect(page.locator("li[data-task-id]")).toHaveCount(1);
  await expect(tileFor(page, "apples")).toBeVisible();
});
