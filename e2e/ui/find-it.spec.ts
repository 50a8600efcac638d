// Issue 8 item 9 in the browser: a submit whose answer was lost on an upstream that cannot list its tasks
// says the job may have been charged, and "Find it" adopts the job by its upstream id without resending.
import { expect, test } from "@playwright/test";

import { key, restoreSimulatorAfterEach, SIM_HEADERS, simControl, simStats } from "../helpers/api";
import { errorOf } from "../helpers/json";

restoreSimulatorAfterEach({ loseNextSubmitAnswers: 0, profile: "native" });

test("a lost answer: the detail page explains it, and Find it follows the job to its image", async ({
  page,
  request,
}, testInfo) => {
  await simControl(request, { profile: "aggregator", loseNextSubmitAnswers: 1 });
  const before = await simStats(request);
  const res = await request.post("/api/tasks", {
    data: { prompt: `a lost kite ${testInfo.project.name}`, idempotencyKey: key() },
  });
  expect(res.status()).toBe(502);
  const taskId = (await errorOf(res)).details?.taskId as string;

  // Opened at once, while the studio may still be searching: the give-up must reach the open page live
  // (e2e/ui/live-first-poll.spec.ts holds the first poll back to make that race certain).
  await page.goto(`/tasks/${taskId}`);
  const findIt = page.getByTestId("find-upstream-job");
  await expect(findIt).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText(/may have been charged/)).toBeVisible();

  // An id the upstream does not know is refused in words; nothing is resubmitted.
  await findIt.getByLabel("Find it").fill("1999999999999999");
  await findIt.getByRole("button", { name: "Find it" }).click();
  await expect(findIt.getByRole("alert")).toBeVisible();

  // The person looks the job up in the upstream's own history (the simulator's list, read as a native proxy).
  await simControl(request, { profile: "native" });
  const listing = await request.get("/sim/mj/task/list", { headers: SIM_HEADERS });
  const job = ((await listing.json()) as { id: string; state: string | null }[]).find(
    (j) => j.state === taskId,
  );
  expect(job).toBeTruthy();
  await simControl(request, { profile: "aggregator" });

  await findIt.getByLabel("Find it").fill(job?.id ?? "");
  await findIt.getByRole("button", { name: "Find it" }).click();
  await expect(findIt).toBeHidden({ timeout: 15_000 });
  await expect(page.getByTestId("task-meta")).toContainText(job?.id ?? "-");
  await page.screenshot({
    path: testInfo.outputPath(`find-it-${testInfo.project.name}.png`),
    fullPage: true,
  });
  expect((await simStats(request)).submits - before.submits).toBe(1);
});
