#!/usr/bin/env node
// Makes the README's screenshots (docs/screenshots/{desktop,phone}-{light,dark}.png) from a running studio on
// the built-in simulator: creates the first admin if the studio is fresh (or signs in), fills the gallery with
// a few prompts of different aspect ratios plus an upscale, waits until they finish, then shoots the home page
// at 1280×800 and 390×844 in both colour schemes. Run against a throw-away data folder, never a team's studio:
//   DATA_DIR=/tmp/shots DATABASE_URL=file:/tmp/shots/studio.db npm start   # in one terminal
//   node scripts/readme-screenshots.mjs http://127.0.0.1:3000               # in another
import { chromium } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { mkdirSync } from "node:fs";

import { chromiumLaunchOptions } from "../e2e/chromium.mjs";

const base = process.argv[2] ?? "http://127.0.0.1:3000";
const account = { name: "Ada", email: "ada@studio.test", password: "correct horse battery" };
const prompts = [
  "a lighthouse on a basalt cliff at dusk, long exposure --ar 16:9",
  "portrait of an astronaut in a sunflower field, watercolor --ar 2:3",
  "isometric cozy cabin in a snowy forest, warm windows --ar 1:1",
  "koi pond seen from above, ink painting --ar 3:4",
  "neon street market in the rain, cinematic --ar 16:9",
  "a red fox curled up in fresh snow --ar 3:2",
];
const outDir = "docs/screenshots";

async function api(context, method, path, data) {
  const res = await context.request.fetch(`${base}${path}`, {
    method,
    data,
    headers: { origin: base },
  });
  if (!res.ok()) throw new Error(`${method} ${path} → ${res.status()} ${await res.text()}`);
  return res.json();
}

async function signIn(context) {
  const setup = await context.request.post(`${base}/api/setup`, { data: account, headers: { origin: base } });
  if (setup.ok()) return;
  await api(context, "POST", "/api/auth/sign-in/email", { email: account.email, password: account.password });
}

async function waitFinished(context, ids) {
  for (let round = 0; round < 120; round++) {
    const tasks = await Promise.all(ids.map((id) => api(context, "GET", `/api/tasks/${id}`)));
    if (tasks.every((task) => ["succeeded", "failed", "cancelled"].includes(task.status))) return tasks;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error("tasks did not finish within 2 minutes");
}

async function fillGallery(context) {
  const page = await api(context, "GET", "/api/tasks?limit=12");
  if (page.items.length >= prompts.length) return;
  const created = [];
  for (const prompt of prompts) {
    created.push(
      await api(context, "POST", "/api/tasks", { prompt, references: [], idempotencyKey: randomUUID() }),
    );
  }
  const finished = await waitFinished(
    context,
    created.map((task) => task.id),
  );
  const fox = finished.at(-1);
  const upscale = fox.buttons.find((button) => button.label === "U1");
  if (upscale) {
    const child = await api(context, "POST", `/api/tasks/${fox.id}/actions`, {
      customId: upscale.customId,
      idempotencyKey: randomUUID(),
    });
    await waitFinished(context, [child.id]);
  }
}

const sizes = {
  desktop: { viewport: { width: 1280, height: 800 } },
  phone: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
};

const browser = await chromium.launch(chromiumLaunchOptions);
try {
  const seedContext = await browser.newContext();
  await signIn(seedContext);
  await fillGallery(seedContext);
  const storageState = await seedContext.storageState();
  mkdirSync(outDir, { recursive: true });
  for (const [size, options] of Object.entries(sizes)) {
    for (const colorScheme of ["light", "dark"]) {
      const context = await browser.newContext({ ...options, colorScheme, storageState });
      const page = await context.newPage();
      await page.goto(`${base}/`);
      await page.locator("li[data-task-id][data-status=succeeded] img").first().waitFor();
      // Lazy thumbnails below the fold are not in the picture; wait only for those on screen to decode.
      await page.waitForLoadState("networkidle");
      const path = `${outDir}/${size}-${colorScheme}.png`;
      await page.screenshot({ path });
      console.log(`wrote ${path}`);
      await context.close();
    }
  }
} finally {
  await browser.close();
}
