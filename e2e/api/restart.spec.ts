import { type ChildProcess, spawn } from "node:child_process";
import { rmSync } from "node:fs";

import { expect, request as playwrightRequest, test } from "@playwright/test";

import { createImagine, getTask, waitForImage, waitForStatus } from "../helpers/api";

// A second studio on its own port and data folder, so it can be stopped and started mid-task.
const PORT = 3101;
const DATA_DIR = "e2e/.artifacts/restart-data";

function startStudio(): ChildProcess {
  const child = spawn("node", ["scripts/start.mjs", "--no-build"], {
    detached: true,
    stdio: "ignore",
    env: {
      ...process.env,
      PORT: String(PORT),
      DATA_DIR,
      DATABASE_URL: `file:./${DATA_DIR}/studio.db`,
      SIM_DURATION_MS: "8000",
      TRACKER_INTERVAL_MS: "400",
    },
  });
  return child;
}

function stopStudio(child: ChildProcess): void {
  if (child.pid) process.kill(-child.pid, "SIGKILL");
}

async function waitHealthy(): Promise<void> {
  const api = await playwrightRequest.newContext({ baseURL: `http://127.0.0.1:${PORT}` });
  await expect
    .poll(async () => (await api.get("/api/health").catch(() => null))?.status() ?? 0, { timeout: 60_000, intervals: [500] })
    .toBe(200);
  await api.dispose();
}

test("history survives a restart and an in-flight task still finishes", async () => {
  test.setTimeout(150_000);
  rmSync(DATA_DIR, { recursive: true, force: true });
  let studio = startStudio();
  try {
    await waitHealthy();
    const api = await playwrightRequest.newContext({ baseURL: `http://127.0.0.1:${PORT}` });
    const done = await createImagine(api, "finished before the restart");
    await waitForImage(api, done.id);
    const inflight = await createImagine(api, "still rendering when the server dies");
    await waitForStatus(api, inflight.id, ["running"]);
    await api.dispose();

    stopStudio(studio); // a hard kill, like a crash
    studio = startStudio();
    await waitHealthy();

    const again = await playwrightRequest.newContext({ baseURL: `http://127.0.0.1:${PORT}` });
    expect((await getTask(again, done.id)).status).toBe("succeeded");
    const finished = await waitForImage(again, inflight.id);
    expect(finished.progress).toBe(100);
    const image = await again.get(finished.image!.url);
    expect(image.status()).toBe(200);
    await again.dispose();
  } finally {
    stopStudio(studio);
  }
});
