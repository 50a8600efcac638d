// Where signing in leads (issue 8 item 6): only back to our own pages, whatever `next` says; and what the
// form says when an account has to wait (item 8).
import { expect, test } from "@playwright/test";

import { createMember, signedOutContext } from "../helpers/auth";
import { press } from "../helpers/ui";

test("signing in with next=/%09/evil.example stays on our origin; next=/usage lands on /usage", async ({
  browser,
  request,
  baseURL,
}, testInfo) => {
  const member = await createMember(request, "Rex Return");
  for (const [next, landing] of [
    ["/%09/evil.example", "/"],
    ["/usage", "/usage"],
  ] as const) {
    const context = await signedOutContext(browser, testInfo);
    const page = await context.newPage();
    await page.goto(`/sign-in?next=${next}`);
    await page.getByLabel("E-mail").fill(member.email);
    await page.getByLabel("Password").fill(member.password);
    await press(page.getByRole("button", { name: "Sign in" }), testInfo);
    await expect(page).toHaveURL(`${new URL(baseURL!).origin}${landing}`);
    expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
    await context.close();
  }
});

test("after repeated wrong passwords the form says how many seconds to wait", async ({
  browser,
  request,
}, testInfo) => {
  const member = await createMember(request, "Wes Waiting");
  const context = await signedOutContext(browser, testInfo);
  const page = await context.newPage();
  await page.goto("/sign-in");
  await page.getByLabel("E-mail").fill(member.email);
  for (let i = 0; i < 4; i += 1) {
    await page.getByLabel("Password").fill(`wrong password ${i}`);
    await press(page.getByRole("button", { name: "Sign in" }), testInfo);
    await expect(page.getByText("Wrong e-mail or password.")).toBeVisible();
  }
  await page.getByLabel("Password").fill(member.password);
  await press(page.getByRole("button", { name: "Sign in" }), testInfo);
  await expect(page.getByText(/^Too many attempts, try again in \d+ s\.$/)).toBeVisible();
  await context.close();
});
