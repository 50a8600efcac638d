import { type APIRequestContext, expect, request as playwrightRequest, test } from "@playwright/test";

import { buttonId, createImagine, getTask, pressButton, waitForImage, waitForStatus } from "../helpers/api";
import { ensureAdmin } from "../helpers/auth";
import { secondStudio } from "../helpers/second-studio";

const studioServer = secondStudio(3101, "e2e/.artifacts/restart-data", {
  SIM_DURATION_MS: "8000",
  TRACKER_INTERVAL_MS: "400",
  // Short enough to watch an abandoned dialog being cancelled (the main e2e server keeps the 24 h default).
  TRACKER_MODAL_ABANDON_MS: "6000",
});
const BASE_URL = studioServer.baseURL;

/**
 * Runs `scenario` against a second studio started on an empty data folder, signed in as its first admin;
 * `restart` hard-kills it (like a crash) and starts it again on the same data. The studio is always stopped.
 */
async function withFreshStudio(
  scenario: (api: APIRequestContext, restart: () => Promise<void>) => Promise<void>,
): Promise<void> {
  studioServer.wipe();
  let studio = studioServer.start();
  try {
    await studioServer.waitHealthy();
    const api = await playwrightRequest.newContext({ baseURL: BASE_URL });
    await ensureAdmin(api);
    await scenario(api, async () => {
      studioServer.stop(studio);
      studio = studioServer.start();
      await studioServer.waitHealthy();
    });
    await api.dispose();
  } finally {
    studioServer.stop(studio);
  }
}

test("history survives a restart and an in-flight task still finishes", async () => {
  test.setTimeout(150_000);
  await withFreshStudio(async (api, restart) => {
    const done = await createImagine(api, "finished before the restart");
    await waitForImage(api, done.id);
    const inflight = await createImagine(api, "still rendering when the server dies");
    await waitForStatus(api, inflight.id, ["running"]);
    await restart();

    // Sessions live in the database, so the same cookies still work after the crash.
    const again = await playwrightRequest.newContext({
      baseURL: BASE_URL,
      storageState: await api.storageState(),
    });
    expect((await getTask(again, done.id)).status).toBe("succeeded");
    const finished = await waitForImage(again, inflight.id);
    expect(finished.progress).toBe(100);
    const image = await again.get(finished.image!.url);
    expect(image.status()).toBe(200);
    await again.dispose();
  });
});

test("a dialog nobody comes back to is cancelled instead of waiting forever", async () => {
  test.setTimeout(150_000);
  await withFreshStudio(async (api) => {
    const grid = await waitForImage(api, (await createImagine(api, "an abandoned zoom")).id);
    const upscale = await waitForImage(api, (await pressButton(api, grid.id, buttonId(grid, "U1"))).id);
    const dialog = await pressButton(api, upscale.id, buttonId(upscale, "Custom Zoom"));
    expect(dialog.status).toBe("modal");
    const cancelled = await waitForStatus(api, dialog.id, ["cancelled"], 60_000);
    // The simulator supports cancel, so the upstream was told: no "studio only" note.
    expect(cancelled.failCode).toBeNull();
  });
});
