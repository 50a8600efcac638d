import { expect, test } from "@playwright/test";

import { restoreSimulatorAfterEach, simControl, simStats } from "../helpers/api";
import { createMember, pageAs } from "../helpers/auth";
import { openComposer, press, shot, tileFor } from "../helpers/ui";

// Two members at two browsers share one live history: A's task shows up and progresses in B's open gallery
// without a reload, B builds on it, and each keeps ownership of their own tasks.
test("member B watches A's task live, upscales it as their own child, and cannot delete A's task", async ({
  browser,
  request,
}, testInfo) => {
  test.setTimeout(120_000);
  // Long enough for B's gallery to notice the task while it is still rendering.
  await simControl(request, { durationMs: 12_000 });
  const ann = await createMember(request, `Ann ${testInfo.project.name}`);
  const ben = await createMember(request, `Ben ${testInfo.project.name}`);
  const pageA = await pageAs(browser, testInfo, ann);
  const pageB = await pageAs(browser, testInfo, ben);

  // B's gallery is open before A submits anything.
  await pageB.goto("/");
  await expect(pageB.getByTestId("user-menu")).toBeVisible();

  const prompt = `shared harbour at noon ${testInfo.project.name} ${Date.now()}`;
  await pageA.goto("/");
  await openComposer(pageA, testInfo);
  await pageA.getByRole("textbox", { name: "Prompt" }).fill(prompt);
  await press(pageA.getByRole("button", { name: "Imagine" }), testInfo);

  const tileB = tileFor(pageB, prompt);
  await expect(tileB).toBeVisible();
  await expect(tileB).toHaveAttribute("data-author", ann.id);
  await expect(tileB.getByTestId("task-author")).toContainText(ann.name);
  await expect(tileB).toHaveAttribute("data-status", "running");
  await expect(tileB.getByRole("progressbar")).toBeVisible();
  await shot(pageB, testInfo, "team-1-live-in-b");
  await expect(tileB).toHaveAttribute("data-status", "succeeded");
  const parentId = await tileB.getAttribute("data-task-id");

  // B opens A's task: no Delete for B, and the API refuses too.
  await press(tileB.getByRole("link"), testInfo);
  const detail = pageB.locator("article[data-task-id]");
  await expect(detail).toHaveAttribute("data-task-id", parentId ?? "");
  await expect(pageB.getByTestId("task-author")).toContainText(ann.name);
  await expect(pageB.getByRole("button", { name: "Delete", exact: true })).toHaveCount(0);
  const refused = await pageB.request.delete(`/api/tasks/${parentId}`);
  expect(refused.status()).toBe(403);
  const bulkRefused = await pageB.request.post("/api/tasks/bulk", {
    data: { op: "delete", ids: [parentId] },
  });
  expect(((await bulkRefused.json()) as { changed: string[] }).changed).toEqual([]);

  // B upscales A's grid: the child is B's and shows A's task as its parent.
  await press(pageB.getByRole("button", { name: "U1", exact: true }), testInfo);
  await expect(pageB).not.toHaveURL(new RegExp(`/tasks/${parentId}$`));
  await expect(detail).toHaveAttribute("data-status", "succeeded");
  await expect(pageB.getByTestId("task-author")).toContainText(ben.name);
  await expect(pageB.getByTestId("parent-link")).toHaveAttribute("href", `/tasks/${parentId}`);
  await expect(pageB.getByTestId("parent-link")).toContainText(ann.name);
  const childId = await detail.getAttribute("data-task-id");
  await shot(pageB, testInfo, "team-2-child-of-a");

  // A sees B's child under their own task, live, and A's task is still there.
  await pageA.goto(`/tasks/${parentId}`);
  const child = pageA.locator(`li[data-task-id="${childId}"]`);
  await expect(child).toContainText(ben.name);
  await expect(pageA.getByRole("button", { name: "Delete", exact: true })).toBeVisible();
  expect((await pageA.request.get(`/api/tasks/${parentId}`)).status()).toBe(200);

  await pageA.context().close();
  await pageB.context().close();
});

restoreSimulatorAfterEach({ durationMs: 2_500 });

test("a member over their daily limit is refused with the reset time, and nothing reaches the upstream", async ({
  browser,
  request,
}, testInfo) => {
  const cleo = await createMember(request, `Cleo ${testInfo.project.name}`, { dailyLimit: 3 });
  const page = await pageAs(browser, testInfo, cleo);
  for (let i = 1; i <= 3; i += 1) {
    const res = await page.request.post("/api/tasks", {
      data: { prompt: `limited ${i} ${testInfo.project.name}`, idempotencyKey: `limit-${cleo.id}-${i}` },
    });
    expect(res.status(), await res.text()).toBe(201);
  }
  const before = await simStats(request);

  await page.goto("/");
  await openComposer(page, testInfo);
  const fourth = `one too many ${testInfo.project.name} ${Date.now()}`;
  await page.getByRole("textbox", { name: "Prompt" }).fill(fourth);
  await press(page.getByRole("button", { name: "Imagine" }), testInfo);
  const error = page.getByTestId("submit-error");
  await expect(error).toContainText("Daily limit reached");
  await expect(error).toContainText("3 of your 3");
  await expect(error).toContainText("resets at");
  // The prompt stays for tomorrow, and no tile was added.
  await expect(page.getByRole("textbox", { name: "Prompt" })).toHaveValue(fourth);
  await expect(tileFor(page, fourth)).toHaveCount(0);
  await shot(page, testInfo, "team-3-limit");

  const after = await simStats(request);
  expect(after.submits).toBe(before.submits);
  await page.context().close();
});
