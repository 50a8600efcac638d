import { expect, test as setup } from "@playwright/test";
import { mkdirSync } from "node:fs";
import path from "node:path";

import { ADMIN, ADMIN_STATE, ensureAdmin } from "./helpers/auth";

// Runs before every other project: the fresh studio has no accounts, so the first admin is created here and
// its session saved for the specs that act as the admin.
setup("create the first admin and keep the session", async ({ request }) => {
  await ensureAdmin(request);
  const me = await request.get("/api/me");
  expect(me.status()).toBe(200);
  expect(((await me.json()) as { email: string }).email).toBe(ADMIN.email);
  mkdirSync(path.dirname(ADMIN_STATE), { recursive: true });
  await request.storageState({ path: ADMIN_STATE });
});
