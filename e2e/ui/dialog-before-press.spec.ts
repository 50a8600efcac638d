import {
  expect,
  type APIRequestContext,
  type Locator,
  type Page,
  test,
  type TestInfo,
} from "@playwright/test";

import {
  buttonId,
  createImagine,
  listTasks,
  pressButton,
  restoreSimulatorAfterEach,
  simControl,
  simStats,
  waitForImage,
  waitForStatus,
} from "../helpers/api";
import { paintMaskStroke, press, shot, tileFor } from "../helpers/ui";

// Issue 12, item 4: Vary (Region) and Custom Zoom open their dialog in the browser. Opening and cancelling one
// sends nothing upstream and leaves no task or tile; Submit presses the button and answers the dialog together,
// once. Each test first renders a grid and an upscale, so they get more time than the default.
test.describe.configure({ timeout: 150_000 });

async function upscaled(request: APIRequestContext, testInfo: TestInfo, what: string) {
  const prompt = `${what} ${testInfo.project.name} ${Date.now()}`;
  const grid = await waitForImage(request, (await createImagine(request, prompt)).id);
  const up = await waitForImage(request, (await pressButton(request, grid.id, buttonId(grid, "U1"))).id);
  return { prompt, up };
}

/** What the studio has asked the upstream for (reads by the tracker left out) and what it stored. */
async function footprint(request: APIRequestContext, prompt: string) {
  const { requests, submits } = await simStats(request);
  const tasks = await listTasks(request, `q=${encodeURIComponent(prompt)}&limit=100`);
  return {
    presses: requests["POST /mj/submit/action"] ?? 0,
    confirmations: requests["POST /mj/submit/modal"] ?? 0,
    submits,
    tasks: tasks.items.length,
  };
}

const dialogOf = (page: Page, kind: string) =>
  page.locator(`[data-testid=modal-dialog][data-kind=${kind}][data-stage=before-press]`);

async function openOn(page: Page, testInfo: TestInfo, button: string, kind: string): Promise<Locator> {
  await press(page.getByRole("button", { name: button, exact: true }), testInfo);
  const dialog = dialogOf(page, kind);
  await expect(dialog).toBeVisible();
  return dialog;
}

/** After Submit the child's page replaces the upscale's: its id, once the article shows it. */
async function childAfterSubmit(page: Page, upId: string): Promise<string> {
  await expect(page).not.toHaveURL(new RegExp(`/tasks/${upId}$`));
  await expect(page).toHaveURL(/\/tasks\/[a-z0-9]+$/);
  const childId = page.url().split("/tasks/")[1] ?? "";
  await expect(page.locator("article[data-task-id]")).toHaveAttribute("data-task-id", childId);
  return childId;
}

test("Vary (Region): opening and cancelling sends nothing and leaves no tile; Submit runs one task", async ({
  page,
  request,
}, testInfo) => {
  const { prompt, up } = await upscaled(request, testInfo, "a red barn");
  await page.goto(`/tasks/${up.id}`);
  const before = await footprint(request, prompt);
  expect(before.tasks).toBe(2);

  // Cancel, then Esc: each only closes the dialog.
  let dialog = await openOn(page, testInfo, "Vary (Region)", "vary-region");
  await expect(page.locator("article[data-task-id]")).toHaveAttribute("data-task-id", up.id);
  await shot(page, testInfo, "dialog-before-press-region");
  await paintMaskStroke(page, dialog, testInfo);
  await press(dialog.getByRole("button", { name: "Cancel", exact: true }), testInfo);
  await expect(page.getByTestId("modal-dialog")).toHaveCount(0);
  dialog = await openOn(page, testInfo, "Vary (Region)", "vary-region");
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("modal-dialog")).toHaveCount(0);
  expect(await footprint(request, prompt)).toEqual(before);

  // No "Waiting for input" tile: the gallery holds the grid and the upscale only.
  await page.goto("/");
  await expect(tileFor(page, prompt)).toBeVisible();
  await expect(page.locator("li[data-task-id]").filter({ hasText: prompt })).toHaveCount(2);
  await expect(page.locator(`li[data-task-id][data-status=modal]`).filter({ hasText: prompt })).toHaveCount(
    0,
  );

  // Submit: one press, one confirmation, one task that finishes.
  await page.goto(`/tasks/${up.id}`);
  dialog = await openOn(page, testInfo, "Vary (Region)", "vary-region");
  await paintMaskStroke(page, dialog, testInfo);
  await press(dialog.getByRole("button", { name: "Submit" }), testInfo);
  const childId = await childAfterSubmit(page, up.id);
  await expect(page.getByTestId("modal-dialog")).toHaveCount(0);
  const after = await footprint(request, prompt);
  expect(after).toMatchObject({
    presses: before.presses + 1,
    confirmations: before.confirmations + 1,
    // The simulator counts tasks created: the press made one, its confirmation runs that same one.
    submits: before.submits + 1,
    tasks: before.tasks + 1,
  });
  const done = await waitForStatus(request, childId, ["succeeded"]);
  expect(done.parentId).toBe(up.id);
  await expect(page.locator("article[data-task-id]")).toHaveAttribute("data-status", "succeeded");
  await shot(page, testInfo, "dialog-before-press-region-done");
});

test("Custom Zoom: cancelling sends nothing; Submit presses and confirms once with --zoom", async ({
  page,
  request,
}, testInfo) => {
  const { prompt, up } = await upscaled(request, testInfo, "a quiet harbour");
  await page.goto(`/tasks/${up.id}`);
  const before = await footprint(request, prompt);

  let dialog = await openOn(page, testInfo, "Custom Zoom", "custom-zoom");
  await press(dialog.getByRole("button", { name: "Cancel", exact: true }), testInfo);
  await expect(page.getByTestId("modal-dialog")).toHaveCount(0);
  expect(await footprint(request, prompt)).toEqual(before);

  dialog = await openOn(page, testInfo, "Custom Zoom", "custom-zoom");
  await dialog.getByRole("spinbutton", { name: "Zoom" }).fill("1.5");
  await expect(dialog.getByRole("textbox", { name: "Prompt" })).toHaveValue(/--zoom 1\.5$/);
  await press(dialog.getByRole("button", { name: "Submit" }), testInfo);
  const childId = await childAfterSubmit(page, up.id);
  expect(await footprint(request, prompt)).toMatchObject({
    presses: before.presses + 1,
    confirmations: before.confirmations + 1,
    tasks: before.tasks + 1,
  });
  const done = await waitForStatus(request, childId, ["succeeded"]);
  expect(done).toMatchObject({ action: "ZOOM", parentId: up.id });
  expect(done.prompt).toContain("--zoom 1.5");
});

test.describe("remix", () => {
  // A Remix account opens a prompt dialog for V1–V4, rerolls and pans; the studio's Remix switch shows it first.
  test.beforeEach(async ({ request }) => {
    await simControl(request, { remix: true });
  });
  restoreSimulatorAfterEach({ remix: false });

  test("Remix switch: opening and cancelling V1 sends nothing; Submit presses and confirms once", async ({
    page,
    request,
  }, testInfo) => {
    const prompt = `a lighthouse in fog ${testInfo.project.name} ${Date.now()}`;
    const grid = await waitForImage(request, (await createImagine(request, prompt)).id);
    await page.goto(`/tasks/${grid.id}`);
    await page.getByRole("checkbox", { name: "Remix" }).check();
    const before = await footprint(request, prompt);

    let dialog = await openOn(page, testInfo, "V1", "prompt");
    await press(dialog.getByRole("button", { name: "Cancel", exact: true }), testInfo);
    await expect(page.getByTestId("modal-dialog")).toHaveCount(0);
    dialog = await openOn(page, testInfo, "V1", "prompt");
    await page.keyboard.press("Escape");
    await expect(page.getByTestId("modal-dialog")).toHaveCount(0);
    expect(await footprint(request, prompt)).toEqual(before);

    dialog = await openOn(page, testInfo, "V1", "prompt");
    await dialog.getByLabel("Prompt", { exact: true }).fill(`${prompt}, with gulls`);
    await press(dialog.getByRole("button", { name: "Submit" }), testInfo);
    const childId = await childAfterSubmit(page, grid.id);
    expect(await footprint(request, prompt)).toMatchObject({
      presses: before.presses + 1,
      confirmations: before.confirmations + 1,
      submits: before.submits + 1,
      tasks: before.tasks + 1,
    });
    const done = await waitForStatus(request, childId, ["succeeded"]);
    expect(done).toMatchObject({ action: "VARIATION", parentId: grid.id });
    expect(done.finalPrompt).toContain("with gulls");
  });
});
