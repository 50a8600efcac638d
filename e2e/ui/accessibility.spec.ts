// Issue 12: axe finds no WCAG 2.1 A/AA violation on the main pages, in the light and the dark theme, at both
// sizes. The theme is chosen the way a member chooses it (the cookie the theme switch writes), so the server
// renders the page in that theme from the first paint.
import AxeBuilder from "@axe-core/playwright";
import { expect, type BrowserContext, type Page, test } from "@playwright/test";

import { createImagine, waitForImage } from "../helpers/api";
import { signedOutContext } from "../helpers/auth";
import { lightbox, openComposer } from "../helpers/ui";

const THEMES = ["light", "dark"] as const;
const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

async function useTheme(context: BrowserContext, theme: (typeof THEMES)[number]) {
  await context.addCookies([{ name: "theme", value: theme, url: test.info().project.use.baseURL! }]);
}

/** Every violation with the elements it was found on, so a failure says what to fix. */
async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return result.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => `${n.target.join(" ")} ${n.html.slice(0, 160)} ${n.failureSummary?.slice(0, 200) ?? ""}`)
        .join(" | ")}`,
  );
}

for (const theme of THEMES) {
  test(`the studio's pages have no axe violations, ${theme}`, async ({
    page,
    context,
    request,
  }, testInfo) => {
    test.setTimeout(180_000);
    const task = await waitForImage(
      request,
      (await createImagine(request, `axe check ${theme} ${testInfo.project.name} ${Date.now()}`)).id,
    );
    await useTheme(context, theme);
    const found: Record<string, string[]> = {};

    await page.goto("/");
    await expect(page.locator("html")).toHaveClass(theme);
    const tile = page.locator(`li[data-task-id="${task.id}"]`);
    await expect(tile).toHaveAttribute("data-status", "succeeded");
    await expect
      .poll(() =>
        tile
          .locator("img")
          .first()
          .evaluate((img: HTMLImageElement) => img.complete),
      )
      .toBe(true);
    found["home"] = await violations(page);
    // The lightbox over the gallery (a shared ?view= link opens it), with the task's buttons and its four cells.
    await page.goto(`/?view=${task.id}`);
    await expect(lightbox(page)).toBeVisible();
    await expect(lightbox(page).getByRole("button", { name: "U1" }).first()).toBeVisible();
    found["lightbox"] = await violations(page);
    await page.goto("/");
    await expect(tile).toHaveAttribute("data-status", "succeeded");
    // The list of keyboard shortcuts.
    await expect(page.locator("body[data-shortcuts=on]")).toBeAttached();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press("?");
    await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeVisible();
    found["shortcuts"] = await violations(page);
    await page.keyboard.press("Escape");
    await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toHaveCount(0);
    // The composer expanded (desktop) or open as a sheet (phone): every create form's words and hints.
    await openComposer(page, testInfo);
    found["home, composer open"] = await violations(page);

    const pages: Array<[string, string]> = [
      [`/tasks/${task.id}`, "task detail"],
      ["/collections", "collections"],
      ["/usage", "usage"],
      ["/trash", "trash"],
      ["/admin", "admin"],
      ["/account", "account"],
    ];
    for (const [url, name] of pages) {
      await page.goto(url);
      await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
      found[name] = await violations(page);
    }

    const guestContext = await signedOutContext(page.context().browser()!, testInfo);
    const guest = await guestContext.newPage();
    await useTheme(guestContext, theme);
    await guest.goto("/sign-in");
    await expect(guest.getByRole("button", { name: "Sign in" })).toBeVisible();
    found["sign-in"] = await violations(guest);
    await guestContext.close();

    expect(Object.entries(found).filter(([, list]) => list.length > 0)).toEqual([]);
  });
}
