import { expect, test } from "@playwright/test";

import { createImagine, waitForImage } from "../helpers/api";
import { ADMIN } from "../helpers/auth";
import { press, shot } from "../helpers/ui";

test("usage: today against the limit, per-day table by type, CSV export", async ({
  page,
  request,
}, testInfo) => {
  await waitForImage(request, (await createImagine(request, `usage counted ${testInfo.project.name}`)).id);
  await page.goto("/usage");
  await expect(page.getByRole("heading", { level: 1, name: "Usage" })).toBeVisible();
  const table = page.getByRole("table", { name: "Tasks per day and member" });
  const today = new Date().toISOString().slice(0, 10);
  const row = table.getByRole("row").filter({ hasText: ADMIN.email });
  await expect(row.first()).toBeVisible();
  await expect(table.getByRole("columnheader", { name: "Imagine" })).toBeVisible();
  await shot(page, testInfo, "pages-usage");

  const csvLink = page.getByRole("link", { name: "Download CSV" });
  const href = await csvLink.getAttribute("href");
  expect(href).toMatch(/\/api\/usage\?.*format=csv/);
  const csv = await (await request.get(href!)).text();
  expect(csv.split("\r\n")[0]).toBe("day,member,email,task_type,tasks");
  expect(csv).toContain(`${today},${ADMIN.name},${ADMIN.email},IMAGINE,`);
});

test("account: profile, today's usage, password change refuses a wrong current password", async ({
  page,
}, testInfo) => {
  await page.goto("/account");
  await expect(page.getByRole("heading", { level: 1, name: "Account" })).toBeVisible();
  await expect(page.getByText(ADMIN.email)).toBeVisible();
  await page.getByLabel("Current password").fill("not-my-password");
  await page.getByLabel("New password", { exact: true }).fill("another-long-password");
  await page.getByLabel("Repeat the new password").fill("another-long-password");
  await press(page.getByRole("button", { name: "Change password" }), testInfo);
  await expect(page.getByText("The current password is wrong.")).toBeVisible();
  await shot(page, testInfo, "pages-account");
});

test("collections: create, open, set a cover", async ({ page, request }, testInfo) => {
  const task = await waitForImage(
    request,
    (await createImagine(request, `cover candidate ${testInfo.project.name}`)).id,
  );
  const name = `Moodboard ${testInfo.project.name} ${Date.now()}`;
  await page.goto("/collections");
  await expect(page.getByRole("heading", { level: 1, name: "Collections" })).toBeVisible();
  await page.getByLabel("New collection").fill(name);
  await press(page.getByRole("button", { name: "Create", exact: true }), testInfo);
  await expect(page.getByRole("link", { name: new RegExp(name) }).first()).toBeVisible();
  const created = (await (await request.get("/api/collections")).json()) as {
    items: { id: string; name: string }[];
  };
  const collection = created.items.find((c) => c.name === name);
  expect(collection).toBeDefined();
  const add = await request.post("/api/tasks/bulk", {
    data: { op: "addToCollection", ids: [task.id], collectionId: collection!.id },
  });
  expect(add.status()).toBe(200);

  await page.goto(`/collections/${collection!.id}`);
  await expect(page.locator(`li[data-task-id="${task.id}"]`)).toBeVisible();
  await press(page.getByRole("button", { name: /^Set as cover/ }), testInfo);
  await expect
    .poll(async () => {
      const list = (await (await request.get("/api/collections")).json()) as {
        items: { id: string; coverTaskId: string | null }[];
      };
      return list.items.find((c) => c.id === collection!.id)?.coverTaskId;
    })
    .toBe(task.id);
  await shot(page, testInfo, "pages-collection");
  await page.goto("/collections");
  const cover = page.locator(`a[href="/collections/${collection!.id}"] img`);
  await expect(cover).toHaveAttribute("src", new RegExp(`/api/images/${task.id}/thumb`));
  await expect(page.getByRole("heading", { level: 1, name: "Collections" })).toBeVisible();
  await shot(page, testInfo, "pages-collections");
});
