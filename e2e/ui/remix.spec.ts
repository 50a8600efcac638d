import { expect, test } from "@playwright/test";

import {
  buttonId,
  createImagine,
  getTask,
  restoreSimulatorAfterEach,
  simControl,
  waitForImage,
} from "../helpers/api";
import { press, shot } from "../helpers/ui";

// With Remix mode on (as on a Discord account), V1 opens a prompt dialog before anything renders. With the
// studio's Remix switch on, that dialog is shown before the press (issue 12 item 4): V1 is pressed and the
// prompt confirmed together on Submit. dialog-before-press.spec.ts checks that cancelling sends nothing.
test.beforeEach(async ({ request }) => {
  await simControl(request, { remix: true });
});
restoreSimulatorAfterEach({ remix: false });

test("remix: edit the prompt of a variation in its dialog, then it renders", async ({
  page,
  request,
}, testInfo) => {
  const grid = await waitForImage(
    request,
    (await createImagine(request, `a harbour at night ${testInfo.project.name}`)).id,
  );
  expect(buttonId(grid, "V1")).toContain("variation");
  await page.goto(`/tasks/${grid.id}`);
  await page.getByRole("checkbox", { name: "Remix" }).check();
  await expect(page.getByRole("button", { name: "V1", exact: true })).toHaveAttribute(
    "aria-haspopup",
    "dialog",
  );
  await press(page.getByRole("button", { name: "V1", exact: true }), testInfo);

  const dialog = page.locator("[data-testid=modal-dialog][data-kind=prompt]");
  await expect(dialog).toBeVisible();
  await expect(dialog).toHaveAttribute("data-stage", "before-press");
  // Still the grid's page: nothing was created yet.
  await expect(page.locator("article[data-task-id]")).toHaveAttribute("data-task-id", grid.id);
  const prompt = dialog.getByLabel("Prompt", { exact: true });
  await expect(prompt).toHaveValue(/a harbour at night/);
  await prompt.fill(`a harbour at night, remixed with falling snow ${testInfo.project.name}`);
  await shot(page, testInfo, "dialog-remix");
  await press(dialog.getByRole("button", { name: "Submit" }), testInfo);

  // Submit presses and confirms together; the child's page then replaces the grid's.
  await expect(page).not.toHaveURL(new RegExp(`/tasks/${grid.id}$`));
  const childId = page.url().split("/tasks/")[1] ?? "";
  const detail = page.locator("article[data-task-id]");
  await expect(detail).toHaveAttribute("data-task-id", childId);
  await expect(detail).toHaveAttribute("data-status", "succeeded");
  const child = await getTask(request, childId);
  expect(child.action).toBe("VARIATION");
  expect(child.parent?.id).toBe(grid.id);
  expect(child.finalPrompt).toContain("remixed with falling snow");
});
