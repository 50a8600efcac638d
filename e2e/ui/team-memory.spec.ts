import AxeBuilder from "@axe-core/playwright";
import { expect, type Locator, type Page, test, type TestInfo } from "@playwright/test";

import { restoreSimulatorAfterEach, simControl } from "../helpers/api";
import { createMember, pageAs } from "../helpers/auth";
import { openComposer, openParams, pngFile, press, shot, shotOf } from "../helpers/ui";

// Team memory (issue 13 item 5): presets that bring back a whole imagine form, shared with teammates; the admins'
// named profile codes offered as a --p picker; and the upstream's balance where the upstream tells it.

const promptBox = (page: Page) => page.getByLabel("Prompt", { exact: true });
const speedRadio = (page: Page, name: string) => page.getByRole("radio", { name, exact: true });
const speedLabel = (page: Page, name: string) =>
  page.locator("label").filter({ has: speedRadio(page, name) });
const presetsDialog = (page: Page) => page.getByRole("dialog", { name: "Presets and saved prompts" });
const presetItem = (page: Page, name: string) =>
  presetsDialog(page).locator("li[data-preset-id]").filter({ hasText: name });

async function openPresets(page: Page, testInfo: TestInfo): Promise<Locator> {
  await press(page.getByRole("button", { name: "Presets", exact: true }), testInfo);
  const dialog = presetsDialog(page);
  await expect(dialog).toBeVisible();
  return dialog;
}

test("a preset keeps prompt, parameters, speed and a reference; applying it restores them; a teammate sees it", async ({
  browser,
  request,
}, testInfo) => {
  test.setTimeout(120_000);
  const ann = await createMember(request, `Ann Presets ${testInfo.project.name}`);
  const ben = await createMember(request, `Ben Presets ${testInfo.project.name}`);
  const page = await pageAs(browser, testInfo, ann);
  const name = `Harbour poster ${testInfo.project.name} ${Date.now()}`;
  const prompt = "a harbour at dawn, ink wash --ar 16:9 --s 250";

  await page.goto("/");
  await openComposer(page, testInfo);
  await promptBox(page).fill(prompt);
  await press(speedLabel(page, "Relax"), testInfo);
  await page.getByLabel("Add images").setInputFiles([await pngFile("style.png", 320, 240, "#0ea5e9")]);
  const chips = page.getByTestId("reference-chip");
  await expect(chips).toHaveCount(1);
  await page.getByLabel("Role of reference 1").selectOption("style");

  // Save it, shared with the team.
  const dialog = await openPresets(page, testInfo);
  await expect(dialog.getByRole("button", { name: "Close" })).toBeFocused();
  await dialog.getByLabel("Name", { exact: true }).fill(name);
  await press(dialog.getByRole("checkbox", { name: "Share with the team" }), testInfo);
  await press(dialog.getByRole("button", { name: "Save preset" }), testInfo);
  await expect(dialog.getByText(`Saved “${name}”.`)).toBeVisible();
  const saved = presetItem(page, name);
  await expect(saved).toContainText("1 reference");
  await expect(saved).toContainText("Relax");
  await expect(saved.getByRole("checkbox", { name: "Shared with the team" })).toBeChecked();
  await shot(page, testInfo, "team-memory-1-saved");
  await press(dialog.getByRole("button", { name: "Close" }), testInfo);
  await expect(dialog).toBeHidden();

  // Reset the composer: empty prompt, default speed, no reference.
  await promptBox(page).fill("");
  await press(speedLabel(page, "Default"), testInfo);
  await press(page.getByRole("button", { name: "Remove reference 1" }), testInfo);
  await expect(chips).toHaveCount(0);
  await expect(speedRadio(page, "Default")).toBeChecked();

  // Apply: everything comes back, nothing is submitted.
  await openPresets(page, testInfo);
  await press(presetItem(page, name).getByRole("button", { name: "Apply" }), testInfo);
  await expect(presetsDialog(page)).toBeHidden();
  await expect(page.getByTestId("preset-applied")).toContainText(`Applied “${name}”.`);
  await expect(promptBox(page)).toHaveValue(prompt);
  await expect(speedRadio(page, "Relax")).toBeChecked();
  await expect(chips).toHaveCount(1);
  await expect(page.getByLabel("Role of reference 1")).toHaveValue("style");
  await openParams(page, testInfo);
  await expect(page.getByRole("button", { name: "16:9", exact: true })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await expect(page.getByRole("textbox", { name: "Stylize", exact: true })).toHaveValue("250");
  await shotOf(page.getByTestId("composer"), testInfo, "team-memory-2-applied");

  // Ben sees it among the team's, may apply it, but not delete or unshare it.
  const benPage = await pageAs(browser, testInfo, ben);
  await benPage.goto("/");
  await openComposer(benPage, testInfo);
  const benDialog = await openPresets(benPage, testInfo);
  await expect(presetItem(benPage, name)).toHaveCount(0);
  await press(
    benDialog.locator("label").filter({ has: benPage.getByRole("radio", { name: "Team", exact: true }) }),
    testInfo,
  );
  const shared = presetItem(benPage, name);
  await expect(shared).toContainText(`by ${ann.name}`);
  await expect(shared.getByRole("button", { name: "Apply" })).toBeVisible();
  await expect(shared.getByRole("button", { name: "Delete" })).toHaveCount(0);
  await expect(shared.getByRole("button", { name: "Rename" })).toHaveCount(0);
  await expect(shared.getByRole("checkbox")).toHaveCount(0);
  await shot(benPage, testInfo, "team-memory-3-team-list");
  const presetId = await shared.getAttribute("data-preset-id");
  expect((await benPage.request.delete(`/api/presets/${presetId}`)).status()).toBe(403);

  // Unshared, it leaves Ben's list.
  await openPresets(page, testInfo);
  await press(presetItem(page, name).getByRole("checkbox", { name: "Shared with the team" }), testInfo);
  await expect(
    presetItem(page, name).getByRole("checkbox", { name: "Shared with the team" }),
  ).not.toBeChecked();
  const list = await benPage.request.get("/api/presets");
  const items = ((await list.json()) as { items: { id: string }[] }).items;
  expect(items.map((p) => p.id)).not.toContain(presetId);

  // Ann renames it in place: Enter saves the name and sends no imagine.
  const renamed = `${name} v2`;
  const imagines: string[] = [];
  page.on("request", (req) => {
    if (req.method() === "POST" && new URL(req.url()).pathname === "/api/tasks") imagines.push(req.url());
  });
  await press(presetItem(page, name).getByRole("button", { name: "Rename" }), testInfo);
  const nameBox = presetItem(page, name).getByRole("textbox", { name: `New name for “${name}”` });
  await expect(nameBox).toBeFocused();
  await nameBox.fill(renamed);
  await nameBox.press("Enter");
  await expect(presetItem(page, renamed)).toHaveCount(1);
  await expect(presetItem(page, renamed).getByRole("button", { name: "Apply" })).toBeVisible();
  expect(imagines).toEqual([]);

  // Ann deletes it (a second press confirms); it is gone for good.
  const own = presetItem(page, renamed);
  await press(own.getByRole("button", { name: "Delete", exact: true }), testInfo);
  await press(own.getByRole("button", { name: `Delete “${renamed}”` }), testInfo);
  await expect(presetItem(page, name)).toHaveCount(0);
  await expect(presetsDialog(page)).toContainText("You have not saved a preset yet.");
  expect((await page.request.delete(`/api/presets/${presetId}`)).status()).toBe(404);

  await page.context().close();
  await benPage.context().close();
});

test("an admin adds a profile code; members pick it in the parameters panel as --p <code>", async ({
  browser,
  page,
  request,
}, testInfo) => {
  const name = `Warm film ${testInfo.project.name}`;
  const code = `e2e${testInfo.project.name}${Date.now().toString(36)}`;
  await page.goto("/admin/profiles");
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Code", { exact: true }).fill(code);
  await page.getByLabel("Kind").selectOption("moodboard");
  await press(page.getByRole("button", { name: "Add code" }), testInfo);
  await expect(page.getByText(`Added “${name}”.`)).toBeVisible();
  const row = page.getByRole("list", { name: "The team's codes" }).locator(`li[data-code="${code}"]`);
  await expect(row).toContainText(`--p ${code}`);
  await expect(row).toContainText("Moodboard");
  await shot(page, testInfo, "team-memory-4-admin-codes");

  // A member, not the admin, picks it.
  const member = await createMember(request, `Mia Codes ${testInfo.project.name}`);
  const memberPage = await pageAs(browser, testInfo, member);
  await memberPage.goto("/");
  await openParams(memberPage, testInfo);
  await promptBox(memberPage).fill("a quiet field");
  const picker = memberPage.getByLabel("Team profiles and moodboards");
  await picker.selectOption({ label: `${name} (${code})` });
  await expect(promptBox(memberPage)).toHaveValue(`a quiet field --p ${code}`);
  await shotOf(memberPage.locator('[data-param="profile-code"]'), testInfo, "team-memory-5-picker");

  // The code is the admins' to remove; members are refused.
  const codes = (await (await memberPage.request.get("/api/profile-codes")).json()) as {
    items: { id: string; code: string }[];
  };
  const id = codes.items.find((c) => c.code === code)?.id;
  expect(id).toBeTruthy();
  expect((await memberPage.request.delete(`/api/admin/profile-codes/${id}`)).status()).toBe(403);
  await memberPage.context().close();
  await press(row.getByRole("button", { name: `Delete ${name}` }), testInfo);
  await expect(row).toHaveCount(0);
});

test.describe("upstream balance", () => {
  restoreSimulatorAfterEach({ billing: false });

  test("admins see the aggregator's balance, or that this upstream does not tell", async ({
    page,
    request,
  }, testInfo) => {
    await simControl(request, { billing: true });
    await page.goto("/admin/upstream");
    const balance = page.getByTestId("upstream-balance");
    // Past the server's one-minute cache: an earlier visit may have cached the other answer.
    await press(page.getByRole("button", { name: "Check again" }), testInfo);
    await expect(balance).toHaveAttribute("data-status", "billing");
    // The simulator's fixed figures: a $50.00 limit, $12.34 used.
    await expect(balance).toContainText("$37.66");
    await expect(balance).toContainText("$12.34");
    await expect(balance).toContainText("$50.00");
    await balance.scrollIntoViewIfNeeded();
    await shot(page, testInfo, "team-memory-6-balance");

    await simControl(request, { billing: false });
    await press(page.getByRole("button", { name: "Check again" }), testInfo);
    await expect(balance).toHaveAttribute("data-status", "unavailable");
    await expect(balance).toContainText("Not available from this upstream.");
    await shot(page, testInfo, "team-memory-7-unavailable");
  });
});

for (const theme of ["light", "dark"] as const) {
  test(`the presets dialog and the profile codes page have no axe violations, ${theme}`, async ({
    page,
    context,
  }, testInfo) => {
    await context.addCookies([{ name: "theme", value: theme, url: testInfo.project.use.baseURL! }]);
    const axe = async () =>
      (
        await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze()
      ).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`);
    await page.goto("/");
    await openComposer(page, testInfo);
    await promptBox(page).fill("an axe check for presets");
    await openPresets(page, testInfo);
    expect(await axe(), "presets dialog").toEqual([]);
    await page.goto("/admin/profiles");
    await expect(page.getByRole("button", { name: "Add code" })).toBeVisible();
    expect(await axe(), "admin profiles").toEqual([]);
    await page.goto("/admin/upstream");
    await expect(page.getByTestId("upstream-balance")).not.toHaveAttribute("data-status", "loading");
    expect(await axe(), "admin upstream").toEqual([]);
    if (theme === "dark") {
      await page.getByTestId("upstream-balance").scrollIntoViewIfNeeded();
      await shot(page, testInfo, "team-memory-8-upstream-dark");
    }
  });
}
