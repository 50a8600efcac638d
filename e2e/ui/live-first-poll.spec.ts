// A page rendered while a task runs must still learn how it ended when the end lands between the server
// render and the browser's first changes poll (the first poll used to start from "now" and skip it, so the page
// showed the task running until a reload: seen with lost submits given up while their page loaded).
import { expect, test } from "@playwright/test";

import { createImagine, restoreSimulatorAfterEach, simControl, waitForStatus } from "../helpers/api";

restoreSimulatorAfterEach({ durationMs: 2_500 });

test("a task that ends before the page's first poll still shows its end, without a reload", async ({
  page,
  request,
}, testInfo) => {
  // Slow enough that the page is certainly rendered while the task still runs. A failure is the last write to
  // its row (a success goes on to store images, which would reach the page by a later change).
  await simControl(request, { durationMs: 5_000 });
  const task = await createImagine(
    request,
    `an end between render and poll ${testInfo.project.name} sim:fail`,
  );
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/api/tasks/changes**", async (route) => {
    await held;
    await route.continue();
  });

  await page.goto(`/tasks/${task.id}`);
  const article = page.locator(`article[data-task-id="${task.id}"]`);
  await expect(article).toBeVisible();
  await expect(article).not.toHaveAttribute("data-status", "failed");
  await waitForStatus(request, task.id, ["failed"]);
  // Past the feed's overlap window, so only a cursor from before the render can still bring the change.
  await page.waitForTimeout(3_000);
  release();

  await expect(article).toHaveAttribute("data-status", "failed", { timeout: 10_000 });
  await expect(page.getByTestId("task-failure")).toBeVisible();
});
