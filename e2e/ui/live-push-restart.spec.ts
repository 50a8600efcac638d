// A server restart drops every stream: an open tab falls back to polling while the server is down and is pushed
// to again once it is back, without a reload. A second studio on its own port and data folder, so it can be
// killed mid-test (the pattern of e2e/api/restart.spec.ts).
import { expect, request as playwrightRequest, test } from "@playwright/test";

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
import { secondStudio } from "../helpers/second-studio";
import { tileFor } from "../helpers/ui";

const studioServer = secondStudio(3132, "e2e/.artifacts/live-restart-data", {
  SIM_DURATION_MS: "2500",
  TRACKER_INTERVAL_MS: "400",
});
const BASE_URL = studioServer.baseURL;

test("a restart falls back to polling and returns to push without a reload", async ({
  browser,
}, testInfo) => {
  test.setTimeout(150_000);
  studioServer.wipe();
  let studio = studioServer.start();
  try {
    await studioServer.waitHealthy();
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

    studioServer.stop(studio);
    await expect(liveMode(page)).toHaveAttribute("data-live", "poll");
    studio = studioServer.start();
    await studioServer.waitHealthy();
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
    studioServer.stop(studio);
  }
});
