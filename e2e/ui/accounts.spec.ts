import { expect, type Page, test, type TestInfo } from "@playwright/test";

import { ADMIN, signedOutContext } from "../helpers/auth";
import { press, shot } from "../helpers/ui";

/** The admin creates an invite link on the admin page; returns the link. */
async function createInviteLink(page: Page, testInfo: TestInfo): Promise<string> {
  await page.goto("/admin/invites");
  await press(page.getByRole("button", { name: "Create invite link" }), testInfo);
  return page.getByLabel("Invite link", { exact: true }).inputValue();
}

test("an invite link creates a member who lands in the shared gallery; sign out and back in", async ({
  page,
  browser,
}, testInfo) => {
  const link = await createInviteLink(page, testInfo);
  expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{20,}$/);
  await shot(page, testInfo, "accounts-1-invite");

  const context = await signedOutContext(browser, testInfo);
  const guest = await context.newPage();
  await guest.goto("/");
  await expect(guest).toHaveURL(/\/sign-in/);
  await guest.goto(new URL(link).pathname);
  const email = `invited.${testInfo.project.name}.${Date.now()}@example.com`;
  await guest.getByLabel("Your name").fill(`Ivy ${testInfo.project.name}`);
  await guest.getByLabel("E-mail").fill(email);
  await guest.getByLabel("Password", { exact: true }).fill("ivy-password-1");
  await guest.getByLabel("Repeat the password").fill("ivy-password-1");
  await shot(guest, testInfo, "accounts-2-accept");
  await press(guest.getByRole("button", { name: "Create my account" }), testInfo);
  await expect(guest.getByRole("heading", { name: "Gallery" })).toBeVisible();

  // The link works once.
  const again = await context.request.get(`/api/invites/${new URL(link).pathname.split("/").pop()}`);
  expect(again.status()).toBe(404);

  // Sign out from the menu, then sign in through the form.
  await press(guest.getByTestId("user-menu"), testInfo);
  await press(guest.getByRole("button", { name: "Sign out" }), testInfo);
  await expect(guest).toHaveURL(/\/sign-in/);
  await guest.getByLabel("E-mail").fill(email);
  await guest.getByLabel("Password").fill("wrong password here");
  await press(guest.getByRole("button", { name: "Sign in" }), testInfo);
  await expect(guest.getByText("Wrong e-mail or password.")).toBeVisible();
  await guest.getByLabel("Password").fill("ivy-password-1");
  await press(guest.getByRole("button", { name: "Sign in" }), testInfo);
  await expect(guest.getByRole("heading", { name: "Gallery" })).toBeVisible();
  await shot(guest, testInfo, "accounts-3-signed-in");
  await context.close();
});

test("signed-out visitors get the sign-in page and 401s; cross-site writes are refused", async ({
  browser,
  request,
}, testInfo) => {
  const context = await signedOutContext(browser, testInfo);
  const page = await context.newPage();
  await page.goto("/usage");
  // A real redirect that remembers where the visitor was going.
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fusage$/);
  await expect(page.getByRole("heading", { name: "Sign in to MJ Studio" })).toBeVisible();
  for (const url of ["/api/tasks", "/api/tasks/changes", "/api/collections", "/api/members", "/api/usage"]) {
    expect((await context.request.get(url)).status(), url).toBe(401);
  }
  // Health and the setup status stay public; setup itself is closed once an admin exists.
  expect((await context.request.get("/api/health")).status()).toBe(200);
  const setup = await context.request.post("/api/setup", { data: { ...ADMIN, email: "second@example.com" } });
  expect(setup.status()).toBe(409);

  // The admin's own cookies, sent from another site's page, do not make a mutation.
  const forged = await request.post("/api/tasks", {
    headers: { Origin: "https://evil.example", "Sec-Fetch-Site": "cross-site" },
    data: { prompt: "forged", idempotencyKey: `forged-${Date.now()}` },
  });
  expect(forged.status()).toBe(403);
  expect(((await forged.json()) as { error: { code: string } }).error.code).toBe("csrf_rejected");

  // Signing in from there lands on the page that was asked for.
  await page.getByLabel("E-mail").fill(ADMIN.email);
  await page.getByLabel("Password").fill(ADMIN.password);
  await press(page.getByRole("button", { name: "Sign in" }), testInfo);
  await expect(page).toHaveURL(/\/usage$/);
  await expect(page.getByRole("heading", { level: 1, name: "Usage" })).toBeVisible();
  await context.close();
});

test("the invite form says what is wrong with a name before sending it", async ({
  page,
  browser,
}, testInfo) => {
  const link = await createInviteLink(page, testInfo);
  const context = await signedOutContext(browser, testInfo);
  const guest = await context.newPage();
  await guest.goto(new URL(link).pathname);
  await guest.getByLabel("Your name").fill("Ivy\u202Egpj.exe");
  await guest.getByLabel("E-mail").fill(`bidi.${testInfo.project.name}.${Date.now()}@example.com`);
  await guest.getByLabel("Password", { exact: true }).fill("ivy-password-1");
  await guest.getByLabel("Repeat the password").fill("ivy-password-1");
  await press(guest.getByRole("button", { name: "Create my account" }), testInfo);
  await expect(guest.getByText("A name cannot contain text-direction override characters")).toBeVisible();
  await guest.getByLabel("Your name").fill("   ");
  await press(guest.getByRole("button", { name: "Create my account" }), testInfo);
  await expect(guest.getByText("Enter a name.")).toBeVisible();
  await guest.getByLabel("Your name").fill("\u200b");
  await press(guest.getByRole("button", { name: "Create my account" }), testInfo);
  await expect(guest.getByText("A name cannot contain invisible characters")).toBeVisible();
  await shot(guest, testInfo, "accounts-invite-name-error");
  // The invite was not used up by either attempt.
  const token = new URL(link).pathname.split("/").pop() ?? "";
  expect((await context.request.get(`/api/invites/${token}`)).status()).toBe(200);
  await context.close();
});
