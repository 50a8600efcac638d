import { expect, test } from "@playwright/test";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

import { ADMIN, createMember, pageAs } from "../helpers/auth";
import { press, shot } from "../helpers/ui";

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

test("an admin sets a new upstream key in the UI; no page, API response or bundle ever shows it", async ({
  page,
  request,
}, testInfo) => {
  const newKey = `sk-admin-typed-${testInfo.project.name}-${Date.now()}-never-shown`;
  const responses: string[] = [];
  page.on("response", async (response) => {
    // Headers first: the live stream's body only ends when the page closes, and by then its headers are gone.
    const headers = await response.allHeaders().catch(() => ({}));
    const body = await response.text().catch(() => "");
    responses.push(`${response.url()}\n${JSON.stringify(headers)}\n${body}`);
  });

  await page.goto("/admin/upstream");
  await expect(page.getByRole("heading", { name: "Upstream API" })).toBeVisible();
  const keyField = page.getByLabel("API key", { exact: true });
  await keyField.fill(newKey);
  await press(page.getByRole("button", { name: "Save", exact: true }), testInfo);
  await expect(page.getByText("Settings saved.")).toBeVisible();
  // Write-only: the field is empty again and says a saved key is kept.
  await expect(keyField).toHaveValue("");
  await expect(page.getByText("Saved key is kept; type to replace.")).toBeVisible();
  await shot(page, testInfo, "admin-1-key-saved");

  // A saved key belongs to a real upstream: the built-in simulator still gets only its own secret, so the
  // studio keeps working (issue 8 item 1, docs/security.md "Built-in simulator").
  await press(page.getByRole("button", { name: "Test connection" }), testInfo);
  await expect(page.getByText("Connected: the API answered and accepted the credentials.")).toBeVisible();

  // Every page and API an admin or member can reach, reloaded after the change.
  for (const url of [
    "/",
    "/admin",
    "/admin/invites",
    "/admin/upstream",
    "/admin/audit",
    "/usage",
    "/account",
    "/collections",
    "/trash",
  ]) {
    await page.goto(url);
    await expect(page.locator("main")).toBeVisible();
  }
  for (const url of [
    "/api/admin/settings",
    "/api/admin/audit",
    "/api/health",
    "/api/me",
    "/api/tasks",
    "/api/tasks/changes",
  ]) {
    const res = await request.get(url);
    expect(res.status(), url).toBe(200);
    responses.push(`${url}\n${JSON.stringify(res.headers())}\n${await res.text()}`);
  }
  const audit = await request.get("/api/admin/audit");
  expect(await audit.text()).toContain("settings.upstream.updated");
  // The audit page tells it in a sentence, not as raw keys.
  await page.goto("/admin/audit");
  const entry = page.getByTestId("audit-log").locator('li[data-action="settings.upstream.updated"]').first();
  await expect(entry).toContainText(`${ADMIN.name} changed the upstream key.`);
  await expect(page.getByTestId("audit-log")).not.toContainText("keyChanged");

  // Remove the saved key again so later specs start from the env defaults; the simulator still connects.
  await page.goto("/admin/upstream");
  await page.getByLabel("Remove saved key").check();
  await press(page.getByRole("button", { name: "Save", exact: true }), testInfo);
  await expect(page.getByText("Settings saved.")).toBeVisible();
  await press(page.getByRole("button", { name: "Test connection" }), testInfo);
  await expect(page.getByText("Connected: the API answered and accepted the credentials.")).toBeVisible();

  expect(responses.length).toBeGreaterThan(20);
  for (const text of responses) expect(text.includes(newKey), text.slice(0, 120)).toBe(false);
  const clientFiles = filesUnder(".next/static");
  for (const file of clientFiles) expect(readFileSync(file, "utf8").includes(newKey), file).toBe(false);
  const serverFiles = filesUnder(".next/server").filter((f) => /\.(js|json|html|rsc)$/.test(f));
  for (const file of serverFiles) expect(readFileSync(file, "utf8").includes(newKey), file).toBe(false);
});

test("a member cannot open admin pages or read admin settings", async ({ browser, request }, testInfo) => {
  const mo = await createMember(request, `Mo ${testInfo.project.name}`);
  const page = await pageAs(browser, testInfo, mo);
  // A sentence and a way home, not a silent redirect; nothing of the admin page is rendered.
  for (const url of [
    "/admin",
    "/admin/invites",
    "/admin/upstream",
    "/admin/profiles",
    "/admin/audit",
    "/trash",
  ]) {
    await page.goto(url);
    await expect(page.getByRole("heading", { name: "Only admins can open this page" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Back to the gallery" })).toBeVisible();
    await expect(page.getByTestId("member-list")).toHaveCount(0);
  }
  await shot(page, testInfo, "admin-2-member-message");
  for (const url of [
    "/api/admin/settings",
    "/api/admin/members",
    "/api/admin/audit",
    "/api/admin/upstream-balance",
    "/api/tasks?trash=1",
  ]) {
    expect((await page.request.get(url)).status(), url).toBe(403);
  }
  const put = await page.request.put("/api/admin/settings", { data: { apiKey: "sk-member-try" } });
  expect(put.status()).toBe(403);
  // The admin's own name is shown to members only as an author, never with an e-mail.
  const members = await page.request.get("/api/members");
  expect(await members.text()).not.toContain(ADMIN.email);
  await page.context().close();
});
