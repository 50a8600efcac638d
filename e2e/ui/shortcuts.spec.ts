import { expect, type Page, test } from "@playwright/test";

import { composerIsSheet, press, shot } from "../helpers/ui";

/** Nothing focused: keys reach the page's shortcuts rather than a field. */
async function blur(page: Page): Promise<void> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
}

test("/ searches, n and c start a prompt, ? lists every shortcut, Esc closes the list", async ({
  page,
}, testInfo) => {
  await page.goto("/");
  await page.locator("body[data-shortcuts=on]").waitFor();
  const search = page.locator('[data-shortcut="search"]');
  const prompt = page.getByLabel("Prompt", { exact: true });
  await expect(search).toBeVisible();

  await blur(page);
  await page.keyboard.press("/");
  await expect(search).toBeFocused();
  // The "/" itself is not typed, and further keys are text, not shortcuts.
  await page.keyboard.type("nc");
  await expect(search).toHaveValue("nc");
  await expect(prompt).not.toBeFocused();
  await search.fill("");

  for (const key of ["n", "c"]) {
    await blur(page);
    await page.keyboard.press(key);
    await expect(prompt).toBeFocused();
    await expect(prompt).toHaveValue("");
    // On phones n / c open the composer's sheet, a modal that keeps the keys while open: Esc closes it.
    if (composerIsSheet(page)) {
      await page.keyboard.press("Escape");
      await expect(page.getByRole("dialog", { name: "Create" })).toBeHidden();
    }
  }
  // With Ctrl or ⌘ the key is the browser's.
  await blur(page);
  await page.keyboard.press("Control+n").catch(() => undefined);
  await expect(prompt).not.toBeFocused();

  await blur(page);
  await page.keyboard.press("?");
  const list = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(list).toBeVisible();
  for (const name of [
    "Search the gallery",
    "Write a new prompt",
    "Show these shortcuts",
    "Previous / next image",
    "Close the viewer",
    "Favorite or unfavorite",
    "Upscale image 1–4 (U1–U4)",
    "Vary image 1–4 (V1–V4)",
    "Download the image",
    "Zoom in / out",
  ]) {
    await expect(list.getByText(name, { exact: true })).toBeVisible();
  }
  // While the list is open, the page's keys wait.
  await page.keyboard.press("n");
  await expect(prompt).not.toBeFocused();
  await shot(page, testInfo, "shortcuts-light");
  await page.emulateMedia({ colorScheme: "dark" });
  await shot(page, testInfo, "shortcuts-dark");
  await page.emulateMedia({ colorScheme: "light" });

  await page.keyboard.press("Escape");
  await expect(list).toHaveCount(0);

  // The close button closes it too (phones have no Esc).
  await page.keyboard.press("?");
  await expect(list).toBeVisible();
  await press(list.getByRole("button", { name: "Close" }), testInfo);
  await expect(list).toHaveCount(0);
});
