import {
  type APIRequestContext,
  expect,
  type Locator,
  type Page,
  test,
  type TestInfo,
} from "@playwright/test";

import { createImagine, simControl, simStats, waitForImage } from "../helpers/api";
import {
  lightbox,
  openCreateMode,
  paintMaskStroke,
  pngFile,
  press,
  shot,
  shotOf,
  tileFor,
} from "../helpers/ui";

// Issue 13, the editor (mj-api.md 4.12): Edit regenerates the area the member paints, Retexture restyles a whole
// image; both take any gallery image or an upload plus a prompt, send exactly one submit per press and end as
// ordinary tasks in the gallery. An upstream without the endpoints is learnt from its 404 and the modes explain
// that instead of offering a form that cannot work.
test.describe.configure({ timeout: 150_000 });

/** Turns the simulator's editor endpoints on or off and makes the studio forget what it learnt (a settings save). */
async function editorEndpoints(request: APIRequestContext, on: boolean): Promise<void> {
  await simControl(request, { editor: on });
  const res = await request.patch("/api/admin/settings", { data: { mode: null } });
  expect(res.status(), await res.text()).toBe(200);
}

test.afterEach(async ({ request }) => {
  await editorEndpoints(request, true);
});

/** Presses the form's submit and answers the created task (the route's 201). */
async function submitOnce(page: Page, form: Locator, name: string, path: string, testInfo: TestInfo) {
  const created = page.waitForResponse(
    (r) => new URL(r.url()).pathname === path && r.request().method() === "POST",
  );
  await press(form.getByRole("button", { name, exact: true }), testInfo);
  const res = await created;
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()) as { id: string; action: string; prompt: string };
}

/** The finished task's tile in the home gallery (the composer sheet closed on phones after the submit). */
async function expectTileSucceeded(page: Page, prompt: string, id: string): Promise<void> {
  await page.goto("/");
  const tile = tileFor(page, prompt);
  await expect(tile).toHaveAttribute("data-task-id", id);
  await expect(tile).toHaveAttribute("data-status", "succeeded");
}

test("Edit a gallery cell: paint the area, write a prompt → one submit, a finished task in the gallery", async ({
  page,
  request,
}, testInfo) => {
  const source = `a tiled kitchen ${testInfo.project.name} ${Date.now()}`;
  const grid = await waitForImage(request, (await createImagine(request, source)).id);

  await page.goto("/");
  await press(tileFor(page, source).getByTestId("tile-link"), testInfo);
  const viewer = lightbox(page);
  await expect(viewer).toBeVisible();
  const cell = viewer.getByRole("button", { name: "Edit image 2" });
  await expect(viewer.getByRole("button", { name: "Retexture image 2" })).toBeVisible();
  await cell.scrollIntoViewIfNeeded();
  await shot(page, testInfo, "editor-0-lightbox-cells");
  await press(cell, testInfo);
  // The viewer steps aside; the composer opens on Edit with that cell, focus on the form's heading.
  await expect(viewer).toBeHidden();
  await expect(page.getByRole("tab", { name: "Edit", exact: true })).toHaveAttribute("aria-selected", "true");
  const form = page.locator("form[data-editor-form=edit]");
  await expect(form.getByRole("heading", { name: "Edit an image" })).toBeFocused();
  await expect(form.getByTestId("mask-canvas")).toBeVisible();

  // Nothing painted yet: the press is refused inline and sends nothing.
  const prompt = `a copper kettle ${testInfo.project.name} ${Date.now()}`;
  await form.getByLabel("Prompt").fill(prompt);
  const before = await simStats(request);
  await press(form.getByRole("button", { name: "Edit", exact: true }), testInfo);
  await expect(form.getByRole("alert")).toHaveText("Paint the area to change first.");

  await paintMaskStroke(page, form, testInfo, { toX: 0.7 });
  await shotOf(form, testInfo, "editor-1-edit-form");
  const task = await submitOnce(page, form, "Edit", "/api/edit", testInfo);
  expect(task).toMatchObject({ action: "EDIT", prompt });

  const done = await waitForImage(request, task.id);
  expect(done.status).toBe("succeeded");
  // The cell and the painted area are kept as the task's inputs.
  expect(done.inputs.map((i) => i.role)).toEqual(["source", "mask"]);
  const after = await simStats(request);
  expect(after.submits).toBe(before.submits + 1);
  expect(after.requests["POST /mj/submit/edit"] ?? 0).toBe(
    (before.requests["POST /mj/submit/edit"] ?? 0) + 1,
  );

  await expectTileSucceeded(page, prompt, task.id);
  expect(grid.id).not.toBe(task.id);
  await shot(page, testInfo, "editor-2-edit-in-gallery");
});

test("Retexture an upload with a prompt → one submit, a finished task in the gallery", async ({
  page,
  request,
}, testInfo) => {
  const panel = await openCreateMode(page, testInfo, "Retexture");
  await expect(page).toHaveURL(/[?&]mode=retexture/);
  const form = panel.locator("form[data-editor-form=retexture]");
  await form
    .getByLabel("Image", { exact: true })
    .setInputFiles([await pngFile("chair.png", 640, 480, "#65a30d")]);
  await expect(form.getByRole("img", { name: "Image: 640×480" })).toBeVisible();
  const prompt = `woven rattan ${testInfo.project.name} ${Date.now()}`;
  await form.getByLabel("Prompt").fill(prompt);
  await shotOf(form, testInfo, "editor-3-retexture-form");

  const before = await simStats(request);
  const task = await submitOnce(page, form, "Retexture", "/api/retexture", testInfo);
  expect(task).toMatchObject({ action: "RETEXTURE", prompt });
  const done = await waitForImage(request, task.id);
  expect(done.status).toBe("succeeded");
  const after = await simStats(request);
  expect(after.submits).toBe(before.submits + 1);
  expect(after.requests["POST /mj/submit/retexture"] ?? 0).toBe(
    (before.requests["POST /mj/submit/retexture"] ?? 0) + 1,
  );
  await expectTileSucceeded(page, prompt, task.id);
  await shot(page, testInfo, "editor-4-retexture-in-gallery");
});

test("an upstream without the editor: the first press learns it, nothing is charged, both modes explain why", async ({
  page,
  request,
}, testInfo) => {
  await editorEndpoints(request, false);
  const image = await pngFile("room.png", 480, 360, "#7c3aed");
  const before = await simStats(request);

  for (const [tab, mode] of [
    ["Retexture", "retexture"],
    ["Edit", "edit"],
  ] as const) {
    const panel = await openCreateMode(page, testInfo, tab);
    const form = panel.locator(`form[data-editor-form=${mode}]`);
    await form.getByLabel("Image", { exact: true }).setInputFiles([image]);
    if (mode === "edit") await paintMaskStroke(page, form, testInfo, { toX: 0.7 });
    else await expect(form.getByRole("img", { name: "Image: 480×360" })).toBeVisible();
    await form.getByLabel("Prompt").fill(`a marble floor ${testInfo.project.name}`);
    const answer = page.waitForResponse(
      (r) => new URL(r.url()).pathname === `/api/${mode}` && r.request().method() === "POST",
    );
    await press(form.getByRole("button", { name: tab, exact: true }), testInfo);
    expect((await answer).status()).toBe(422);
    // The form gives way to the explanation, in this mode and again after a reload.
    const unavailable = panel.getByTestId("editor-unavailable");
    await expect(unavailable).toContainText("Not offered by this upstream");
    await expect(form).toHaveCount(0);
  }

  await openCreateMode(page, testInfo, "Edit");
  await expect(page.getByTestId("editor-unavailable")).toContainText("/mj/submit/edit or /mj/submit/edits");
  await shot(page, testInfo, "editor-5-edit-unavailable");
  await press(page.getByRole("tab", { name: "Retexture", exact: true }), testInfo);
  await expect(page.getByTestId("editor-unavailable")).toContainText("/mj/submit/retexture");

  // Each 404 cost nothing: no task was admitted, and each route was asked once (edit falls back to /edits once).
  const after = await simStats(request);
  expect(after.submits).toBe(before.submits);
  const asked = (path: string) => (after.requests[path] ?? 0) - (before.requests[path] ?? 0);
  expect(asked("POST /mj/submit/retexture")).toBe(1);
  expect(asked("POST /mj/submit/edit")).toBe(1);
  expect(asked("POST /mj/submit/edits")).toBe(1);
});

test("a task's own page sends its image to Edit, Retexture and Animate on the home page", async ({
  page,
  request,
}, testInfo) => {
  const task = await createImagine(request, `a stone bridge ${testInfo.project.name} ${Date.now()} --ar 4:3`);
  await waitForImage(request, task.id);
  const before = await simStats(request);

  for (const [link, mode] of [
    ["task-send-edit", "edit"],
    ["task-send-retexture", "retexture"],
  ] as const) {
    await page.goto(`/tasks/${task.id}`);
    await press(page.getByTestId(link), testInfo);
    await expect(page).toHaveURL(new RegExp(`/\\?mode=${mode}$`));
    const form = page.locator(`form[data-editor-form=${mode}]`);
    // Edit opens the image in the mask painter, Retexture shows it as picked.
    const picked = mode === "edit" ? "The image to repaint" : /^Image from the gallery/;
    await expect(form.getByRole("img", { name: picked })).toBeVisible();
    const tab = page.getByRole("tab", { name: mode === "edit" ? "Edit" : "Retexture", exact: true });
    await expect(tab).toHaveAttribute("aria-selected", "true");
    // On a phone the tab strip scrolls: the chosen mode's tab is scrolled into sight, not left off-screen.
    await expect(tab).toBeInViewport({ ratio: 0.9 });
  }
  await shot(page, testInfo, "editor-6-from-task-page");

  await page.goto(`/tasks/${task.id}`);
  await press(page.getByTestId("task-send-animate"), testInfo);
  await expect(page).toHaveURL(/\/\?mode=animate$/);
  await expect(page.getByTestId("animate-start")).toHaveAttribute("data-filled", "true");
  // Opening a form costs nothing: only a press of its submit button does.
  expect((await simStats(request)).submits).toBe(before.submits);
});
