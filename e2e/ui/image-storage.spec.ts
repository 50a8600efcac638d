// Issue 8 item 13: a finished image that cannot be stored says so in words and is stored once storage works.
// chmod cannot break the folder here (the suite may run as root, which ignores file modes), so the images
// folder is swapped for a plain file: every write under it then fails, for root too.
import { expect, test } from "@playwright/test";
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

import { E2E_DATA_DIR } from "../../playwright.config";
import { createImagine, waitForStatus } from "../helpers/api";
import { shotOf, tileFor } from "../helpers/ui";

const imagesDir = path.resolve(E2E_DATA_DIR, "images");
const parkedDir = `${imagesDir}.parked`;

function breakStorage() {
  mkdirSync(imagesDir, { recursive: true });
  renameSync(imagesDir, parkedDir);
  writeFileSync(imagesDir, "not a folder");
}

function repairStorage() {
  rmSync(imagesDir, { force: true });
  renameSync(parkedDir, imagesDir);
}

test("storage failure: the tile says when it retries, and the image appears once storage works", async ({
  page,
  request,
}, testInfo) => {
  const prompt = `storage fault ${testInfo.project.name} ${Date.now()}`;
  breakStorage();
  try {
    await page.goto("/");
    const task = await createImagine(request, prompt);
    await waitForStatus(request, task.id, ["succeeded"]);
    const tile = tileFor(page, prompt);
    await expect(tile.getByTestId("image-problem")).toContainText(/Saving the image failed, retrying at \d/);
    await shotOf(tile, testInfo, "image-storage-failed");
  } finally {
    repairStorage();
  }
  // The retries come 5 s, 15 s, 45 s… after each failure: the second or third one finds storage working.
  const tile = tileFor(page, prompt);
  await expect(tile.getByTestId("image-problem")).toBeHidden({ timeout: 60_000 });
  await expect(tile.locator("img").first()).toHaveAttribute("src", /^\/api\/images\/[^/]+\/thumb\?v=/);
});
