import { expect, test, type Page, type TestInfo } from "@playwright/test";

import { waitForStatus } from "../helpers/api";
import { openComposer, openParams, press, shot, shotOf, tileFor } from "../helpers/ui";

// The params builder: the prompt text is the source of truth, the controls follow it and rewrite it.
const prompt = (page: Page) => page.getByLabel("Prompt", { exact: true });
const numberBox = (page: Page, name: string) => page.getByRole("textbox", { name, exact: true });
const form = (page: Page) => page.locator("form").filter({ has: page.getByTestId("params-panel") });
const botRadio = (page: Page, name: string) =>
  page.locator("label").filter({ has: page.getByRole("radio", { name }) });

/** The whole form; on desktop its column scrolls inside an 800 px viewport, so the shot is taken in a tall one. */
async function formShot(page: Page, testInfo: TestInfo, name: string) {
  const size = page.viewportSize();
  if (!testInfo.project.use.isMobile && size) await page.setViewportSize({ width: size.width, height: 3200 });
  await shotOf(form(page), testInfo, name);
  if (size) await page.setViewportSize(size);
}

test("typing params moves the controls, moving controls rewrites the text", async ({ page }, testInfo) => {
  await page.goto("/");
  await openComposer(page, testInfo);
  const toggle = page.getByRole("button", { name: /^Parameters/ });
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  await prompt(page).fill("a fox --ar 16:9 --s 250");
  await expect(toggle).toContainText("2 set");
  await formShot(page, testInfo, "params-0-collapsed");
  await openParams(page, testInfo);
  await expect(toggle).toHaveAttribute("aria-expanded", "true");

  await expect(page.getByRole("button", { name: "16:9", exact: true })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await expect(page.getByRole("button", { name: "1:1", exact: true })).toHaveAttribute(
    "aria-pressed",
    "false",
  );
  await expect(numberBox(page, "Stylize")).toHaveValue("250");
  await expect(page.getByRole("slider", { name: "Stylize" })).toHaveValue("250");

  await numberBox(page, "Stylize").fill("400");
  await expect(prompt(page)).toHaveValue("a fox --ar 16:9 --s 400");
  await numberBox(page, "Chaos").fill("20");
  await expect(prompt(page)).toHaveValue("a fox --ar 16:9 --s 400 --c 20");
  await press(page.getByRole("button", { name: "3:2", exact: true }), testInfo);
  await expect(prompt(page)).toHaveValue("a fox --ar 3:2 --s 400 --c 20");

  // Typing in the textarea moves the controls live.
  await prompt(page).fill("a fox --ar 3:2 --s 400 --c 35");
  await expect(numberBox(page, "Chaos")).toHaveValue("35");
  await expect(page.getByRole("slider", { name: "Chaos" })).toHaveValue("35");

  // Niji in the version select: --niji replaces --v and the bot switch follows (and back).
  const version = page.getByLabel("Version", { exact: true });
  await version.selectOption({ label: "v6.1" });
  await expect(prompt(page)).toHaveValue("a fox --ar 3:2 --s 400 --c 35 --v 6.1");
  await version.selectOption({ label: "niji 6" });
  await expect(prompt(page)).toHaveValue("a fox --ar 3:2 --s 400 --c 35 --niji 6");
  await expect(prompt(page)).not.toHaveValue(/--v\b/);
  await expect(page.getByRole("radio", { name: "Niji" })).toBeChecked();
  // Niji 6 takes --q .25/.5/1 only.
  await expect(page.getByRole("group", { name: "Quality" }).locator("label")).toHaveText([
    "Default",
    "0.25",
    "0.5",
    "1",
  ]);
  await formShot(page, testInfo, "params-1-synced");

  await version.selectOption({ label: "v7" });
  await expect(prompt(page)).toHaveValue("a fox --ar 3:2 --s 400 --c 35 --v 7");
  await expect(page.getByRole("radio", { name: "Midjourney" })).toBeChecked();
  // The bot switch removes the model param that contradicts it.
  await press(botRadio(page, "Niji"), testInfo);
  await expect(prompt(page)).toHaveValue("a fox --ar 3:2 --s 400 --c 35");
  await expect(version).toHaveValue("");
  await expect(version.locator("option:checked")).toHaveText("Default (niji 7)");
});

test("unknown params survive control edits; reset keeps the text and unknown params", async ({
  page,
}, testInfo) => {
  await page.goto("/");
  await openComposer(page, testInfo);
  await prompt(page).fill("a fox --foo bar --s 100");
  await openParams(page, testInfo);
  await numberBox(page, "Stylize").fill("250");
  await expect(prompt(page)).toHaveValue("a fox --foo bar --s 250");
  await press(page.getByRole("checkbox", { name: "Tile" }), testInfo);
  await press(page.getByRole("checkbox", { name: "Raw style" }), testInfo);
  await expect(prompt(page)).toHaveValue("a fox --foo bar --s 250 --tile --style raw");
  await page.getByLabel("Exclude (--no)").fill("text, watermark");
  await expect(prompt(page)).toHaveValue("a fox --foo bar --s 250 --tile --style raw --no text, watermark");
  await press(page.getByRole("button", { name: "Random seed" }), testInfo);
  await expect(prompt(page)).toHaveValue(
    /^a fox --foo bar --s 250 --tile --style raw --no text, watermark --seed \d+$/,
  );

  // A weight without its reference is disabled with the reason; adding the reference enables it.
  const sw = numberBox(page, "Style weight (--sw)");
  await expect(sw).toBeDisabled();
  await expect(sw).toHaveAccessibleDescription(/Add a style reference/);
  await page.getByLabel("Style reference (--sref)").fill("https://example.com/style.png");
  await expect(sw).toBeEnabled();
  await sw.fill("300");
  await expect(prompt(page)).toHaveValue(/--seed \d+ --sref https:\/\/example\.com\/style\.png --sw 300$/);
  await expect(prompt(page)).toHaveValue(/^a fox --foo bar /);

  await press(page.getByRole("button", { name: "Reset parameters" }), testInfo);
  await expect(prompt(page)).toHaveValue("a fox --foo bar");
  await expect(page.getByRole("checkbox", { name: "Tile" })).not.toBeChecked();
});

test("an invalid value is explained inline and blocks Imagine until fixed", async ({ page }, testInfo) => {
  const base = `a fox in snow ${testInfo.project.name} ${Date.now()} --ar 16:9`;
  await page.goto("/");
  await openComposer(page, testInfo);
  await prompt(page).fill(`${base} --s 5000`);
  const imagine = page.getByRole("button", { name: "Imagine" });
  await expect(imagine).toBeDisabled();
  await expect(page.getByTestId("submit-blocked")).toHaveText(
    "Imagine is unavailable until 1 parameter error is fixed.",
  );
  await expect(imagine).toHaveAccessibleDescription(/1 parameter error/);
  await expect(page.getByTestId("param-issues")).toContainText("--stylize must be between 0 and 1,000.");
  await expect(page.getByRole("button", { name: /^Parameters/ })).toContainText("1 error");

  await openParams(page, testInfo);
  const stylize = numberBox(page, "Stylize");
  await expect(stylize).toHaveAttribute("aria-invalid", "true");
  await expect(stylize).toHaveAccessibleDescription(/--stylize must be between 0 and 1,000\./);
  await expect(page.locator('[data-param="stylize"]').getByTestId("field-issues")).toContainText(
    "between 0 and 1,000",
  );
  await formShot(page, testInfo, "params-2-error");
  await page.emulateMedia({ colorScheme: "dark" });
  await formShot(page, testInfo, "params-3-error-dark");
  await page.emulateMedia({ colorScheme: "light" });

  // A warning does not block: --sw without --sref.
  await stylize.fill("500");
  await prompt(page).fill(`${base} --s 500 --sw 200`);
  await expect(page.getByTestId("param-issues")).toContainText("--sw has no effect without --sref.");
  await expect(imagine).toBeEnabled();
  await prompt(page).fill(`${base} --s 500`);
  await expect(page.getByTestId("param-issues")).toHaveCount(0);

  const text = `${base} --s 500`;
  const created = page.waitForResponse(
    (r) => r.url().endsWith("/api/tasks") && r.request().method() === "POST",
  );
  await press(imagine, testInfo);
  const task = (await (await created).json()) as { id: string; prompt: string; botType: string };
  expect(task.prompt).toBe(text);
  expect(task.botType).toBe("MID_JOURNEY");
  await expect(tileFor(page, base)).toBeVisible();
  const stored = await page.request.get(`/api/tasks/${task.id}`);
  expect(((await stored.json()) as { prompt: string }).prompt).toBe(text);
  await shot(page, testInfo, "params-4-submitted");
});

test("the panel in dark mode and in Chinese", async ({ page }, testInfo) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/");
  await openComposer(page, testInfo);
  await prompt(page).fill("一只狐狸 --niji 6 --ar 3:4 --q 4 --iw 2 --foo bar");
  await openParams(page, testInfo);
  await expect(page.getByRole("radio", { name: "Niji" })).toBeChecked();
  await formShot(page, testInfo, "params-5-dark");
  await page.getByTestId("language-switch").selectOption("zh-CN");
  await expect(page.getByTestId("param-issues")).toContainText(
    "使用 --niji 6 时，--quality 只能是 0.25, 0.5, 1 之一。",
  );
  await formShot(page, testInfo, "params-6-zh-dark");
});

test("V8.1, --exp and --sv set in the panel reach the prompt and Midjourney's echo", async ({
  page,
  request,
}, testInfo) => {
  const base = `a koi pond at dawn ${testInfo.project.name} ${Date.now()}`;
  await page.goto("/");
  await openComposer(page, testInfo);
  await prompt(page).fill(base);
  await openParams(page, testInfo);

  // The newest models come first and are what "Default" means.
  const version = page.getByLabel("Version", { exact: true });
  await expect(version.locator("option:checked")).toHaveText("Default (v8.1)");
  await expect(version.locator("optgroup").first().locator("option").first()).toHaveText("v8.1");
  await version.selectOption({ label: "v8.1" });
  await expect(prompt(page)).toHaveValue(`${base} --v 8.1`);

  await numberBox(page, "Experimental (--exp)").fill("25");
  await expect(page.getByRole("slider", { name: "Experimental (--exp)" })).toHaveValue("25");
  await page.getByLabel("Style reference (--sref)").fill("123456");
  const sv = page.getByLabel("Style version (--sv)");
  await sv.selectOption({ label: "--sv 6" });
  await expect(prompt(page)).toHaveValue(`${base} --v 8.1 --exp 25 --sref 123456 --sv 6`);

  // The cost hints stand where the choice is made.
  await expect(page.getByLabel("Omni reference (--oref)")).toHaveAccessibleDescription(
    /about 2× the GPU time/,
  );
  await expect(page.getByRole("checkbox", { name: "Draft mode" })).toHaveAccessibleDescription(
    /Half the GPU cost/,
  );
  // --draft is V7's: on V8.1 it is a warning, never a block.
  await press(page.getByRole("checkbox", { name: "Draft mode" }), testInfo);
  await expect(page.getByTestId("param-issues")).toContainText(
    "--draft is not documented for --v 8.1; Midjourney may ignore or reject it.",
  );
  const imagine = page.getByRole("button", { name: "Imagine" });
  await expect(imagine).toBeEnabled();
  await press(page.getByRole("checkbox", { name: "Draft mode" }), testInfo);
  await expect(page.getByTestId("param-issues")).toHaveCount(0);
  // Typing --profile is read as --p and kept as typed.
  await prompt(page).fill(`${base} --v 8.1 --exp 25 --sref 123456 --sv 6 --profile`);
  await expect(page.getByTestId("param-issues")).toHaveCount(0);
  await formShot(page, testInfo, "params-7-v8");
  await page.emulateMedia({ colorScheme: "dark" });
  await formShot(page, testInfo, "params-8-v8-dark");
  await page.emulateMedia({ colorScheme: "light" });

  const text = `${base} --v 8.1 --exp 25 --sref 123456 --sv 6 --profile`;
  const created = page.waitForResponse(
    (r) => r.url().endsWith("/api/tasks") && r.request().method() === "POST",
  );
  await press(imagine, testInfo);
  const task = (await (await created).json()) as { id: string; prompt: string };
  expect(task.prompt).toBe(text);
  const done = await waitForStatus(request, task.id, ["succeeded"]);
  expect(done.finalPrompt).toBe(text);

  // A prompt naming no model: Midjourney writes back the model it ran on, shown in the detail.
  const plain = `${base} plain --exp 10`;
  // On a phone the create sheet closes after a submit.
  await openComposer(page, testInfo);
  await prompt(page).fill(plain);
  const second = page.waitForResponse(
    (r) => r.url().endsWith("/api/tasks") && r.request().method() === "POST",
  );
  await press(imagine, testInfo);
  const plainTask = (await (await second).json()) as { id: string };
  const plainDone = await waitForStatus(request, plainTask.id, ["succeeded"]);
  expect(plainDone.finalPrompt).toBe(`${plain} --v 8.1`);
  await page.goto(`/tasks/${plainTask.id}`);
  await expect(page.getByTestId("task-final-prompt")).toHaveText(`${plain} --v 8.1`);
  await shot(page, testInfo, "params-9-final-prompt");
});
