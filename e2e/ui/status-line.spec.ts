// Issue 8 item 16: the prompt form's "Status: …" line follows the task it sent to its end, from the data the
// gallery already polls (it used to stay at "Submitted" forever).
import { expect, type Page, test, type TestInfo } from "@playwright/test";

import { restoreSimulatorAfterEach, simControl } from "../helpers/api";
import { openComposer, press } from "../helpers/ui";

restoreSimulatorAfterEach({ durationMs: 2_500 });

async function imagine(page: Page, prompt: string, testInfo: TestInfo) {
  await page.goto("/");
  await openComposer(page, testInfo);
  await page.getByLabel("Prompt").fill(prompt);
  await press(page.getByRole("button", { name: "Imagine" }), testInfo);
  return page.getByTestId("submit-status");
}

test("the status line goes from sent to running to done", async ({ page, request }, testInfo) => {
  // Long enough that the line is seen while the job renders (the default 2.5 s can pass between two polls).
  await simControl(request, { durationMs: 8_000 });
  const line = await imagine(page, `status line ${testInfo.project.name} ${Date.now()}`, testInfo);
  await expect(line).toContainText("Sent to Midjourney. Status:");
  await expect(line).toContainText(/Status: Running \d+%/);
  await expect(line).toContainText("Status: Done.");
  await expect(line).toHaveAttribute("data-status", "succeeded");
});

test("the status line ends with the failure and its reason", async ({ page }, testInfo) => {
  const line = await imagine(
    page,
    `status line failure ${testInfo.project.name} ${Date.now()} sim:fail`,
    testInfo,
  );
  await expect(line).toContainText("Status: Failed.");
  await expect(page.getByTestId("submit-feedback").getByTestId("task-failure")).toContainText(
    "Midjourney failed",
  );
});
