import { expect, test } from "@playwright/test";

import { createImagine, waitForImage } from "../helpers/api";
import { createMember, pageAs } from "../helpers/auth";
import { tileFor } from "../helpers/ui";

// The live feed names trashed tasks by id only (issue 8 item 7); an open gallery must still drop the card.
test("a task an admin trashes leaves a member's open gallery live, without a reload", async ({
  browser,
  request,
}, testInfo) => {
  const prompt = `a lantern soon in the trash ${testInfo.project.name} ${Date.now()}`;
  const task = await waitForImage(request, (await createImagine(request, prompt)).id);
  const member = await createMember(request, `Tom ${testInfo.project.name}`);
  const page = await pageAs(browser, testInfo, member);
  await page.goto("/");
  const tile = tileFor(page, prompt);
  await expect(tile).toBeVisible();

  expect((await request.delete(`/api/tasks/${task.id}`)).status()).toBe(200);
  await expect(tile).toHaveCount(0);
  await page.context().close();
});
