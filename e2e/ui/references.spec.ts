import {
  type APIRequestContext,
  expect,
  type Page,
  request as playwrightRequest,
  test,
} from "@playwright/test";

import { createImagine, SIM_HEADERS, simControl, waitForImage } from "../helpers/api";
import { openComposer, pngFile, press, shotOf } from "../helpers/ui";

// References are first-class: an upload or a gallery image becomes a stored reference with a role and a weight,
// reaches the upstream as --sref <url> (the upstream's own upload, else the studio's signed public link), stays
// in the tray after a submit and a reload, comes back with Reuse, and the task page shows it among its inputs.

/** The simulator's own view of a task: the prompt exactly as the studio sent it. */
async function simPrompt(request: APIRequestContext, upstreamId: string): Promise<string> {
  const res = await request.get(`/sim/mj/task/${upstreamId}/fetch`, { headers: SIM_HEADERS });
  expect(res.status()).toBe(200);
  return ((await res.json()) as { prompt: string }).prompt;
}

/** Sets the simulator's upload endpoint and makes the studio forget what it learnt about it (a settings save). */
async function uploads(request: APIRequestContext, on: boolean): Promise<void> {
  await simControl(request, { uploadImages: on });
  const res = await request.patch("/api/admin/settings", { data: { mode: null } });
  expect(res.status(), await res.text()).toBe(200);
}

/** Submits the form and answers the created task's ids (ours and the upstream's). */
async function submit(page: Page, testInfo: Parameters<typeof press>[1]) {
  const created = page.waitForResponse(
    (r) => new URL(r.url()).pathname === "/api/tasks" && r.request().method() === "POST",
  );
  await press(page.getByRole("button", { name: "Imagine" }), testInfo);
  const res = await created;
  expect(res.status(), await res.text()).toBe(201);
  const task = (await res.json()) as { id: string; upstreamId: string; prompt: string };
  return task;
}

async function setStyle(page: Page, index: number, weight: string) {
  await page.getByLabel(`Role of reference ${index}`).selectOption("style");
  const field = page.getByLabel(`Weight of reference ${index} (--sw)`);
  await field.fill(weight);
  await field.blur();
}

test.afterEach(async ({ request }) => {
  await uploads(request, true);
});

test("an uploaded style reference goes upstream as --sref <upload URL>, stays, and comes back with Reuse", async ({
  page,
  request,
}, testInfo) => {
  await uploads(request, true);
  const prompt = `a quiet harbour ${testInfo.project.name} ${Date.now()}`;
  await page.goto("/");
  await openComposer(page, testInfo);
  await page.getByLabel("Prompt").fill(prompt);
  await page.getByLabel("Add images").setInputFiles([await pngFile("style.png", 320, 240, "#0ea5e9")]);
  const chips = page.getByTestId("reference-chip");
  await expect(chips).toHaveCount(1);
  await expect
    .poll(() =>
      chips.locator("img").evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0),
    )
    .toBe(true);
  await setStyle(page, 1, "250");
  await expect(chips.first()).toHaveAttribute("data-role", "style");
  await shotOf(page.getByRole("region", { name: "Reference images" }), testInfo, "references-1-tray");

  const task = await submit(page, testInfo);
  // The member's prompt is stored as written; the studio's URLs went only to the upstream.
  expect(task.prompt).toBe(prompt);
  const sent = await simPrompt(request, task.upstreamId);
  const match = /--sref (\S+) --sw 250$/.exec(sent);
  expect(match, sent).not.toBeNull();
  const url = match?.[1] ?? "";
  expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/sim\/uploads\/[0-9a-f]{32}\.png\?ex=/);
  const image = await request.get(url);
  expect(image.status()).toBe(200);
  expect(image.headers()["content-type"]).toBe("image/png");

  // Kept after the submit and after a reload, role and weight included.
  await expect(chips).toHaveCount(1);
  await page.reload();
  await openComposer(page, testInfo);
  await expect(chips).toHaveCount(1);
  await expect(chips.first()).toHaveAttribute("data-role", "style");
  await expect(page.getByLabel("Weight of reference 1 (--sw)")).toHaveValue("250");

  // The task page lists its inputs.
  await page.goto(`/tasks/${task.id}`);
  const inputs = page.getByTestId("task-input");
  await expect(inputs).toHaveCount(1);
  await expect(inputs.first()).toHaveAttribute("data-role", "style");
  await expect(inputs.first()).toContainText("--sw 250");
  await expect
    .poll(() =>
      inputs.locator("img").evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0),
    )
    .toBe(true);
  await shotOf(page.getByTestId("task-inputs"), testInfo, "references-2-inputs");

  // Reuse on an empty tray brings back prompt and reference.
  await page.evaluate(() => window.localStorage.removeItem("mj-studio:reference-tray"));
  await press(page.getByRole("link", { name: "Reuse prompt" }), testInfo);
  await page.waitForURL("/");
  await openComposer(page, testInfo);
  await expect(page.getByRole("textbox", { name: "Prompt" })).toHaveValue(prompt);
  await expect(chips).toHaveCount(1);
  await expect(chips.first()).toHaveAttribute("data-role", "style");
  await expect(page.getByLabel("Weight of reference 1 (--sw)")).toHaveValue("250");
});

test("a gallery image (one grid cell) goes upstream as --sref <URL from the upstream's upload>", async ({
  page,
  request,
}, testInfo) => {
  const source = await waitForImage(
    request,
    (await createImagine(request, `upload source ${Date.now()}`)).id,
  );
  await uploads(request, true);
  const prompt = `a heron at dawn ${testInfo.project.name} ${Date.now()}`;
  await page.goto("/");
  await openComposer(page, testInfo);
  await page.getByLabel("Prompt").fill(prompt);
  await page.evaluate(
    (taskId) =>
      window.dispatchEvent(new CustomEvent("studio:use-reference", { detail: { taskId, cell: 3 } })),
    source.id,
  );
  await expect(page.getByTestId("reference-chip")).toHaveCount(1);
  await setStyle(page, 1, "120");
  const task = await submit(page, testInfo);
  const sent = await simPrompt(request, task.upstreamId);
  expect(sent).toMatch(/--sref http:\/\/127\.0\.0\.1:\d+\/sim\/uploads\/[0-9a-f]{32}\.png\?ex=\S+ --sw 120$/);
});

test("without the upstream's upload, a gallery image reaches it as the studio's public link", async ({
  page,
  request,
  baseURL,
}, testInfo) => {
  const source = await waitForImage(request, (await createImagine(request, `ref source ${Date.now()}`)).id);
  await uploads(request, false);
  const prompt = `a fox in the snow ${testInfo.project.name} ${Date.now()}`;
  await page.goto("/");
  await openComposer(page, testInfo);
  await page.getByLabel("Prompt").fill(prompt);
  // What the lightbox (or a tile) sends for one grid image.
  await page.evaluate(
    (taskId) =>
      window.dispatchEvent(new CustomEvent("studio:use-reference", { detail: { taskId, cell: 2 } })),
    source.id,
  );
  const chips = page.getByTestId("reference-chip");
  await expect(chips).toHaveCount(1);
  await setStyle(page, 1, "80");
  await shotOf(page.getByRole("region", { name: "Reference images" }), testInfo, "references-3-cell");
  const task = await submit(page, testInfo);
  const sent = await simPrompt(request, task.upstreamId);
  const match = /--sref (\S+) --sw 80$/.exec(sent);
  expect(match, sent).not.toBeNull();
  const url = match?.[1] ?? "";
  expect(url.startsWith(`${baseURL}/api/public/references/`)).toBe(true);

  // Midjourney has no session: the link works without one, and only as signed.
  const anonymous = await playwrightRequest.newContext({
    baseURL,
    storageState: { cookies: [], origins: [] },
  });
  try {
    const image = await anonymous.get(url);
    expect(image.status()).toBe(200);
    expect(image.headers()["content-type"]).toBe("image/png");
    expect((await anonymous.get(`${url.slice(0, -4)}AAAA`)).status()).toBe(404);
    expect((await anonymous.get(`/api/references/${task.id}/image`)).status()).toBe(401);
  } finally {
    await anonymous.dispose();
  }
});

test("Use as reference on a task page puts its image in the tray", async ({ page, request }, testInfo) => {
  const source = await waitForImage(request, (await createImagine(request, `tray source ${Date.now()}`)).id);
  await page.goto(`/tasks/${source.id}`);
  await press(page.getByRole("button", { name: "Use as reference" }), testInfo);
  await expect(page.getByTestId("reference-added")).toBeVisible();
  await page.goto("/");
  await openComposer(page, testInfo);
  await expect(page.getByTestId("reference-chip")).toHaveCount(1);
  await expect(page.getByTestId("reference-chip").first()).toHaveAttribute("data-role", "image");
});
