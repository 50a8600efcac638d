// The Content-Security-Policy must not break the studio: every page, signed in and out, loads and runs with
// no violation reported by Chromium (console "Refused to …" or a securitypolicyviolation event).
import { expect, type Page, test } from "@playwright/test";

import { createImagine, waitForImage } from "../helpers/api";
import { signedOutContext } from "../helpers/auth";
import { openComposer, pngFile } from "../helpers/ui";

function watchViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  void page.exposeFunction("__reportCspViolation", (text: string) => violations.push(text));
  void page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const report = (window as unknown as { __reportCspViolation?: (text: string) => void })
        .__reportCspViolation;
      report?.(
        `${event.violatedDirective} blocked ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`,
      );
    });
  });
  return violations;
}

test("no CSP violations on the studio, a task, the admin pages and the signed-out pages", async ({
  page,
  request,
  browser,
}, testInfo) => {
  const task = await waitForImage(
    request,
    (await createImagine(request, `csp check ${testInfo.project.name}`)).id,
  );
  const violations = watchViolations(page);

  await page.goto("/");
  await openComposer(page, testInfo);
  await expect(page.getByRole("heading", { name: "Gallery" })).toBeVisible();
  // Reference previews are blob:/data: images.
  await page.getByLabel("Add images").setInputFiles([await pngFile("csp-reference.png")]);
  await expect(page.getByTestId("reference-chip")).toHaveCount(1);
  await expect(page.getByTestId("reference-chip").locator("img")).toHaveJSProperty("complete", true);

  await page.goto(`/tasks/${task.id}`);
  await expect(page.locator("main img").first()).toBeVisible();
  for (const url of [
    "/admin",
    "/admin/upstream",
    "/admin/audit",
    "/usage",
    "/collections",
    "/trash",
    "/account",
  ]) {
    await page.goto(url);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  }

  const context = await signedOutContext(browser, testInfo);
  const guest = await context.newPage();
  const guestViolations = watchViolations(guest);
  for (const url of ["/sign-in", "/setup"]) {
    await guest.goto(url);
    await expect(guest.getByRole("button", { name: "Sign in" })).toBeVisible();
  }
  // The page's scripts did run: the form is interactive (a wrong password is answered in words).
  await guest.getByLabel("E-mail").fill("nobody@example.com");
  await guest.getByLabel("Password").fill("not a password");
  await guest.getByRole("button", { name: "Sign in" }).click();
  await expect(guest.getByText("Wrong e-mail or password.")).toBeVisible();
  await context.close();

  expect([...violations, ...guestViolations]).toEqual([]);
});
