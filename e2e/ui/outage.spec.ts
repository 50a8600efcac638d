// Issue 8 item 11: during an upstream outage every open page says so in words, and the notice clears on recovery.
// (The 60 s outage with its ≤ 10 s recovery is checked at API level in e2e/api/outage-recovery.spec.ts.)
import { expect, test } from "@playwright/test";

import { createImagine, restoreSimulatorAfterEach, simControl } from "../helpers/api";
import { shot, tileFor } from "../helpers/ui";

restoreSimulatorAfterEach({ outage: false });

test("an outage shows a translated banner on every page, and it clears once tasks finish", async ({
  page,
  request,
}, testInfo) => {
  const prompt = `outage banner ${testInfo.project.name} ${Date.now()}`;
  await page.goto("/");
  const task = await createImagine(request, prompt);
  await simControl(request, { outage: true });

  const banner = page.getByRole("status").filter({ hasText: "Can't reach Midjourney since" });
  await expect(banner).toBeVisible();
  await expect(banner).toContainText("retrying; your tasks are safe");
  await expect(tileFor(page, prompt)).toBeVisible();
  await shot(page, testInfo, "outage-banner");

  // Another page of the studio shows it too (it rides on the live poll every page runs).
  await page.goto(`/tasks/${task.id}`);
  await expect(banner).toBeVisible();

  await simControl(request, { outage: false });
  await expect(banner).toBeHidden();
  await expect(page.locator("article[data-task-id]")).toHaveAttribute("data-status", "succeeded");
});

test("the banner speaks the viewer's language", async ({ page, request, context }, testInfo) => {
  const baseURL = testInfo.project.use.baseURL as string;
  await context.addCookies([{ name: "NEXT_LOCALE", value: "zh-CN", url: baseURL }]);
  // The tracker only asks the upstream while something is unfinished: start a task before the outage.
  await createImagine(request, `outage zh ${testInfo.project.name} ${Date.now()}`);
  await simControl(request, { outage: true });
  await page.goto("/");
  await expect(page.getByRole("status").filter({ hasText: "无法连接 Midjourney" })).toBeVisible();
  await shot(page, testInfo, "outage-banner-zh");
});
