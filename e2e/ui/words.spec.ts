import { expect, type Page, test, type TestInfo } from "@playwright/test";

import { buttonId, createImagine, getTask, pressButton, waitForImage } from "../helpers/api";
import { createMember, pageAs } from "../helpers/auth";
import { press, shot } from "../helpers/ui";

// Issue 12, item 7: words. In 简体中文 the upstream's buttons, badges and the admin area are Chinese; nothing a
// person must read is cut off at 1280 or 390 px; delete offers Undo instead of a browser confirm; members get a
// sentence on admin pages. Renders a grid and an upscale, so it gets more time than the default.
test.describe.configure({ timeout: 120_000 });

const CHINESE = /[\u4e00-\u9fff]/;

async function inChinese(page: Page, testInfo: TestInfo): Promise<void> {
  const baseURL = testInfo.project.use.baseURL as string;
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: "zh-CN", url: baseURL }]);
}

/**
 * Controls and labels under `root` whose text does not fit (scrollWidth beyond clientWidth; a select whose chosen
 * option is wider than its box). Tiles are left out: their prompt and author are clipped on purpose.
 */
async function truncated(page: Page, root: string): Promise<string[]> {
  return page.locator(root).evaluate((scope) => {
    const probe = document.createElement("span");
    probe.style.cssText = "position:absolute;visibility:hidden;white-space:nowrap";
    document.body.append(probe);
    const cut: string[] = [];
    const elements = scope.querySelectorAll<HTMLElement>(
      "button, label, select, a, input[type=date], [role=tab], nav li",
    );
    for (const el of elements) {
      if (el.closest("li[data-task-id]") || el.offsetParent === null) continue;
      // Visually hidden on purpose (sr-only: a 1 px box), e.g. the collapsed prompt bar's label.
      if (el.clientWidth <= 1 && el.clientHeight <= 1) continue;
      const name = (el.getAttribute("aria-label") ?? el.textContent ?? "").trim().slice(0, 40);
      if (el instanceof HTMLSelectElement) {
        const style = getComputedStyle(el);
        probe.style.font = style.font;
        probe.textContent = el.selectedOptions[0]?.textContent ?? "";
        const room = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 16; // the arrow
        if (probe.offsetWidth > room + 1) cut.push(`select "${probe.textContent}"`);
      } else if (el.scrollWidth > el.clientWidth + 1) {
        cut.push(`${el.tagName.toLowerCase()} "${name}"`);
      }
    }
    probe.remove();
    return cut;
  });
}

test("简体中文: buttons, badges and admin sections are Chinese, and nothing is cut off", async ({
  page,
  request,
}, testInfo) => {
  const prompt = `a paper crane on a desk ${testInfo.project.name} ${Date.now()}`;
  const grid = await waitForImage(request, (await createImagine(request, prompt)).id);
  const up = await waitForImage(request, (await pressButton(request, grid.id, buttonId(grid, "U1"))).id);
  await inChinese(page, testInfo);

  for (const task of [grid, up]) {
    await page.goto(`/tasks/${task.id}`);
    const buttons = page.locator("button[data-custom-id]");
    await expect(buttons.first()).toBeVisible();
    const names = await buttons.evaluateAll((all) =>
      all.map((b) => (b.getAttribute("aria-label") ?? b.textContent ?? "").trim()),
    );
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(name, `button "${name}"`).toMatch(CHINESE);
    expect(await truncated(page, "main")).toEqual([]);
  }
  await expect(page.getByRole("button", { name: "变体（强烈）" })).toBeVisible();
  await shot(page, testInfo, "words-1-task-zh");

  // The upscale's badge in the gallery: "放大 1", not "U1".
  await page.goto(`/?q=${encodeURIComponent(prompt)}`);
  const badge = page.locator(`li[data-task-id="${up.id}"]`).getByTestId("action-badge");
  await expect(badge).toHaveText("放大 1");
  expect(await truncated(page, "main")).toEqual([]);
  await shot(page, testInfo, "words-2-gallery-zh");

  // The admin area: its own navigation, in Chinese, every section reachable and nothing cut off.
  for (const [link, path] of [
    ["成员", "/admin"],
    ["邀请", "/admin/invites"],
    ["连接", "/admin/upstream"],
    ["审计日志", "/admin/audit"],
  ] as const) {
    await page.goto("/admin");
    const nav = page.getByRole("navigation", { name: "管理分区" });
    await press(nav.getByRole("link", { name: link, exact: true }), testInfo);
    await expect(page).toHaveURL(new RegExp(`${path}$`));
    await expect(nav.getByRole("link", { name: link, exact: true })).toHaveAttribute("aria-current", "page");
    expect(await truncated(page, "main"), path).toEqual([]);
  }
  await expect(page.getByTestId("audit-log")).not.toContainText("keyChanged");
  await shot(page, testInfo, "words-3-admin-audit-zh");
});

test("admin sections in English at this size: nothing cut off", async ({ page }, testInfo) => {
  for (const path of ["/admin", "/admin/invites", "/admin/upstream", "/admin/audit"]) {
    await page.goto(path);
    await expect(page.getByRole("navigation", { name: "Admin sections" })).toBeVisible();
    expect(await truncated(page, "main"), path).toEqual([]);
    await shot(page, testInfo, `words-4-admin${path.replace(/\//g, "-")}`);
  }
});

test("a member deletes their task, and Undo on the toast brings it back", async ({
  browser,
  request,
}, testInfo) => {
  // A member, not an admin: the undo goes through the rule that lets the one who deleted restore for a while.
  const member = await createMember(request, `Una ${testInfo.project.name}`);
  const page = await pageAs(browser, testInfo, member);
  const prompt = `an undo test ${testInfo.project.name} ${Date.now()}`;
  const task = await waitForImage(request, (await createImagine(page.request, prompt)).id);
  await page.goto(`/tasks/${task.id}`);
  await press(page.getByRole("button", { name: "Delete", exact: true }), testInfo);
  await expect(page).toHaveURL(/\/$/);
  const toast = page.getByTestId("toast");
  await expect(toast).toContainText("Task moved to the trash.");
  await shot(page, testInfo, "words-5-undo-toast");
  expect((await getTask(request, task.id)).deleted).toBe(true);

  await press(toast.getByRole("button", { name: "Undo" }), testInfo);
  await expect(page.getByTestId("toast")).toContainText("The task is back.");
  expect((await getTask(request, task.id)).deleted).toBe(false);
  await page.goto(`/?q=${encodeURIComponent(prompt)}`);
  await expect(page.locator(`li[data-task-id="${task.id}"]`)).toBeVisible();
  await page.context().close();
});

test("a member who opens an admin page reads why, in their language, with a way home", async ({
  browser,
  request,
}, testInfo) => {
  const member = await createMember(request, `Wen ${testInfo.project.name}`);
  const page = await pageAs(browser, testInfo, member);
  await inChinese(page, testInfo);
  await page.goto("/admin/audit");
  await expect(page.getByRole("heading", { name: "只有管理员可以打开此页面" })).toBeVisible();
  await shot(page, testInfo, "words-6-member-admin-zh");
  await press(page.getByRole("link", { name: "返回图库" }), testInfo);
  await expect(page).toHaveURL(/\/$/);
  await page.context().close();
});
