// A server restart drops every stream: an open tab falls back to polling while the server is down and is pushed
// to again once it is back, without a reload. A second studio on its own port and data folder, so it can be
// killed mid-test (the pattern of e2e/api/restart.spec.ts).
import { expect, request as playwrightRequest, test } from "@playwright/test";
import { type ChildProcess, spawn } from "node:child_process";
import { rmSync } from "node:fs";

import { createImagine } from "../helpers/api";
import { ensureAdmin } from "../helpers/auth";
import {
  expectReadsFollowMessages,
  expectSameDocument,
  liveLog,
  liveMode,
  markDocument,
  quietLogLength,
  recordLiveUpdates,
} from "../helpers/live";
import { tileFor } from "../helpers/ui";

const PORT = 3132;
const DATA_DIR = "e2e/.artifacts/live-restart-data";
const BASE_URL = `http://127.0.0.1:${PORT}`;

function startStudio(): ChildProcess {
  return spawn("node", ["scripts/start.mjs", "--no-build"], {
    detached: true,
    stdio: "ignore",
    env: {
      ...process.env,
      PORT: String(PORT),
      DATA_DIR,
      DATABASE_URL: `file:./${DATA_DIR}/studio.db`,
      SIM_DURATION_MS: "2500",
      TRACKER_INTERVAL_MS: "400",
    },
  });
}

function stopStudio(child: ChildProcess): void {
  if (child.pid) process.kill(-child.pid, "SIGKILL");
}

async function waitHealthy(): Promise<void> {
  const api = await playwrightRequest.newContext({ baseURL: BASE_URL });
  await expect
    .poll(async () => (await api.get("/api/health").catch(() => null))?.status() ?? 0, {
      timeout: 60_000,
      intervals: [500],
    })
    .toBe(200);
  await api.dispose();
}

test("a restart falls back to polling and returns to push without a reload", async ({
  browser,
}, testInfo) => {
  test.setTimeout(150_000);
  rmSync(DATA_DIR, { recursive: true, force: true });
  let studio = startStudio();
  try {
    await waitHealthy();
    const api = await playwrightRequest.newContext({ baseURL: BASE_URL });
    await ensureAdmin(api);
    const { viewport, hasTouch, isMobile, userAgent, deviceScaleFactor } = testInfo.project.use;
    const context = await browser.newContext({
      viewport,
      hasTouch,
      isMobile,
      userAgent,
      deviceScaleFactor,
      baseURL: BASE_URL,
      storageState: await api.storageState(),
    });
    const page = await context.newPage();
    await recordLiveUpdates(page, { stopPolling: false });
    await page.goto("/");
    await markDocument(page);
    await expect(liveMode(page)).toHaveAttribute("data-live", "push");

    stopStudio(studio);
    await expect(liveMode(page)).toHaveAttribute("data-live", "poll");
    studio = startStudio();
    await waitHealthy();
    // Sessions live in the database, so the same cookie opens the stream of the new process.
    await expect(liveMode(page)).toHaveAttribute("data-live", "push", { timeout: 40_000 });
    const before = await quietLogLength(page);

    const prompt = `pushed after a restart ${testInfo.project.name}`;
    await createImagine(api, prompt);
    await expect(tileFor(page, prompt)).toBeVisible();
    expectReadsFollowMessages((await liveLog(page)).slice(before));
    await expectSameDocument(page);
    await context.close();
    await api.dispose();
  } finally {
    stopStudio(studio);
  }
});
