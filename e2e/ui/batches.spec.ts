import { expect, type APIRequestContext, type Page, test } from "@playwright/test";

import { listTasks, restoreSimulatorAfterEach, simControl, simStats } from "../helpers/api";
import { openComposer, press, shot } from "../helpers/ui";

// Issue 13, item 4: a permutation prompt or a list of prompts is a batch. The composer shows how many jobs it
// is, asks before sending anything, and the server queues the jobs: exactly one upstream submit per job.
test.describe.configure({ timeout: 120_000 });

restoreSimulatorAfterEach({ durationMs: 2500 });

/** Imagine submits that reached the simulator (other endpoints and reads left out). */
async function imagineSubmits(request: APIRequestContext): Promise<number> {
  return (await simStats(request)).requests["POST /mj/submit/imagine"] ?? 0;
}

async function typePrompt(page: Page, text: string): Promise<void> {
  await page.getByRole("textbox", { name: "Prompt", exact: true }).fill(text);
}

test("{red, blue} cat {--ar 1:1, --ar 16:9}: confirm 4 jobs, Cancel sends nothing, Confirm sends exactly 4", async ({
  page,
  request,
}, testInfo) => {
  const marker = `b${testInfo.project.name}${Date.now()}`;
  const batchPosts: string[] = [];
  page.on("request", (req) => {
    if (req.method() === "POST" && new URL(req.url()).pathname === "/api/batches") batchPosts.push(req.url());
  });
  await page.goto("/");
  await openComposer(page, testInfo);
  await typePrompt(page, `{red, blue} cat ${marker} {--ar 1:1, --ar 16:9}`);
  await expect(page.getByTestId("batch-count")).toContainText("4 jobs");
  // Each expanded prompt is valid, so the parameters panel shows no error for the template's raw text.
  await expect(page.getByRole("button", { name: /^Parameters/ })).not.toContainText("error");

  const before = await imagineSubmits(request);
  await press(page.getByRole("button", { name: "Imagine" }), testInfo);
  const dialog = page.getByRole("dialog", { name: "Start 4 jobs?" });
  await expect(dialog).toBeVisible();
  const expected = [
    `red cat ${marker} --ar 1:1`,
    `red cat ${marker} --ar 16:9`,
    `blue cat ${marker} --ar 1:1`,
    `blue cat ${marker} --ar 16:9`,
  ];
  await expect(dialog.getByTestId("batch-prompt")).toHaveText(expected);
  await expect(dialog.getByTestId("batch-limit")).toHaveText(
    /No daily limit\.|Uses 4 of your \d+ tasks left today\./,
  );
  await shot(page, testInfo, "batch-1-confirm");

  // Cancel: the dialog closes and nothing is sent, to us or upstream.
  await press(dialog.getByRole("button", { name: "Cancel" }), testInfo);
  await expect(dialog).toBeHidden();
  await page.waitForTimeout(1500);
  expect(batchPosts).toEqual([]);
  expect(await imagineSubmits(request)).toBe(before);

  // Confirm: one batch, four jobs, four upstream submits, four tasks with the four prompts.
  await press(page.getByRole("button", { name: "Imagine" }), testInfo);
  await press(dialog.getByRole("button", { name: "Start 4 jobs" }), testInfo);
  await expect(dialog).toBeHidden();
  const strip = page.getByTestId("batch-strip");
  const row = strip.getByTestId("batch").filter({ hasText: marker });
  await expect(row).toBeVisible();
  await shot(page, testInfo, "batch-2-strip");
  await expect(row.getByTestId("batch-progress")).toHaveText("4/4", { timeout: 60_000 });
  await expect(row).toHaveAttribute("data-status", "finished");
  expect(batchPosts).toHaveLength(1);
  expect(await imagineSubmits(request)).toBe(before + 4);
  const tasks = await listTasks(request, `q=${encodeURIComponent(marker)}&limit=100`);
  expect(tasks.items.map((t) => t.prompt).sort()).toEqual([...expected].sort());
  await expect(page.locator("li[data-task-id]").filter({ hasText: marker })).toHaveCount(4);
  await page.waitForTimeout(1500);
  expect(await imagineSubmits(request)).toBe(before + 4);
  await shot(page, testInfo, "batch-3-done");
});

test("a batch cancelled early stops the jobs not yet sent; those sent run on", async ({
  page,
  request,
}, testInfo) => {
  // Slow jobs: the queue keeps at most 3 of a batch in flight, so the other 2 wait until Cancel batch.
  await simControl(request, { durationMs: 12_000 });
  const marker = `c${testInfo.project.name}${Date.now()}`;
  await page.goto("/");
  await openComposer(page, testInfo);
  await typePrompt(page, `{1, 2, 3, 4, 5} fox ${marker}`);
  await expect(page.getByTestId("batch-count")).toContainText("5 jobs");
  const before = await imagineSubmits(request);
  await press(page.getByRole("button", { name: "Imagine" }), testInfo);
  await press(
    page.getByRole("dialog", { name: "Start 5 jobs?" }).getByRole("button", { name: "Start 5 jobs" }),
    testInfo,
  );

  const row = page.getByTestId("batch").filter({ hasText: marker });
  await expect(row.getByTestId("batch-progress")).toHaveText("3/5", { timeout: 30_000 });
  await expect(row.getByTestId("batch-counts")).toContainText("2 queued");
  await press(row.getByRole("button", { name: "Cancel batch" }), testInfo);
  await expect(row).toHaveAttribute("data-status", "cancelled");
  await expect(row.getByTestId("batch-counts")).toContainText("2 cancelled");
  await shot(page, testInfo, "batch-4-cancelled");
  await page.waitForTimeout(3000);
  expect(await imagineSubmits(request)).toBe(before + 3);
  const tasks = await listTasks(request, `q=${encodeURIComponent(marker)}&limit=100`);
  expect(tasks.items).toHaveLength(3);

  // The slow jobs would hold the simulator's places for later tests: cancel them.
  for (const task of tasks.items) await request.post(`/api/tasks/${task.id}/cancel`, { data: {} });
});

test("over 40 jobs says how many it would be and cannot be sent", async ({ page }, testInfo) => {
  await page.goto("/");
  await openComposer(page, testInfo);
  await typePrompt(page, "{1,2,3,4,5,6,7} {a,b,c,d,e,f,g} owl");
  await expect(page.getByTestId("batch-error")).toHaveText(
    "This would start 49 jobs; a batch may start at most 40.",
  );
  await expect(page.getByRole("button", { name: "Imagine" })).toBeDisabled();
  await typePrompt(page, "an {unclosed brace");
  await expect(page.getByTestId("batch-error")).toContainText("line 1, column 4");
  await shot(page, testInfo, "batch-5-errors");
});
