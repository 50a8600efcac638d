// Issue 8 item 4, issue 10 item 2: the upstream's notify callback is the tracker's main path, so it is trusted once
// the token checks out; a flood of stale or forged callbacks with the real token must neither freeze tasks, nor move
// them backwards, nor get through unthrottled. (Callbacks every 100 ms used to re-arm the tracker's wake timer each
// time, so no sync ran and tasks froze while the flood lasted.)
import { expect, test } from "@playwright/test";
import { createHmac } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";

import { E2E_DATA_DIR, E2E_SIM_BASE } from "../../playwright.config";
import { createImagine, getTask, waitForImage } from "../helpers/api";
import { errorOf } from "../helpers/json";

// The callback token the studio hands the upstream (lib/server/mj/notify-hook.ts: derived from the install's notify
// secret and the upstream's base URL): the flood uses the real one, as a compromised or buggy upstream would.
const notifyToken = () =>
  createHmac("sha256", readFileSync(path.resolve(E2E_DATA_DIR, "notify-secret"), "utf8").trim())
    .update(E2E_SIM_BASE)
    .digest("base64url");

// More than the route's budget (a burst of 200, then 50 a second): 40 requests at once, every 100 ms.
const FLOOD_BATCH = 40;

test("a callback flood with the real token neither freezes tasks, moves them back, nor gets through unthrottled", async ({
  request,
}) => {
  const tasks = await Promise.all([1, 2, 3].map((n) => createImagine(request, `notify flood ${n}`)));
  const upstreamIds = (await Promise.all(tasks.map((task) => getTask(request, task.id)))).map(
    (task) => task.upstreamId,
  );
  const token = notifyToken();
  const statuses = new Map<number, number>();
  let flooding = true;
  // Stale "just submitted" news for our own tasks, mixed with ids the studio does not track.
  const body = (n: number) =>
    n % 2 === 0
      ? { id: upstreamIds[n % upstreamIds.length], status: "SUBMITTED", progress: "0%" }
      : { id: `not-ours-${n}`, status: "SUCCESS", progress: "100%", imageUrl: "http://10.0.0.1/x.png" };
  const flood = (async () => {
    // Goes on until the tasks are done and the budget has run out (bounded, should the budget never run out).
    for (let round = 0; (flooding || !statuses.has(429)) && round < 200; round += 1) {
      const answers = await Promise.all(
        Array.from({ length: FLOOD_BATCH }, (_, i) =>
          request.post(`/api/mj/notify?token=${token}`, { data: body(round * FLOOD_BATCH + i) }),
        ),
      );
      for (const res of answers) statuses.set(res.status(), (statuses.get(res.status()) ?? 0) + 1);
      const refused = answers.find((res) => res.status() === 429);
      if (refused) expect((await errorOf(refused)).code).toBe("rate_limited");
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  try {
    // Each task runs 2.5 s in the simulator: with the tracker alive they all finish and store their image
    // while the flood goes on.
    for (const task of tasks) await waitForImage(request, task.id);
    // …and stay finished while stale callbacks for them keep arriving.
    await new Promise((resolve) => setTimeout(resolve, 500));
    for (const task of tasks) expect((await getTask(request, task.id)).status).toBe("succeeded");
  } finally {
    flooding = false;
    await flood;
  }
  expect(statuses.get(200) ?? 0).toBeGreaterThan(0);
  expect(statuses.get(429) ?? 0).toBeGreaterThan(0);
  expect([...statuses.keys()].sort()).toEqual([200, 429]);
});

test("callers without the token cannot spend the callbacks' budget; a bad body is refused in words", async ({
  request,
}) => {
  // Let the budget refill after any flood above (50 per second).
  await new Promise((resolve) => setTimeout(resolve, 2_500));
  for (let i = 0; i < 30; i += 1) {
    expect((await request.post(`/api/mj/notify?token=wrong-${i}`, { data: {} })).status()).toBe(404);
  }
  const url = `/api/mj/notify?token=${notifyToken()}`;
  const noId = await request.post(url, { data: { status: "SUCCESS" } });
  expect(noId.status()).toBe(400);
  expect(await errorOf(noId)).toMatchObject({ code: "bad_request", message: expect.stringMatching(/id/) });
  const notJson = await request.post(url, { data: "<html>", headers: { "content-type": "text/plain" } });
  expect(notJson.status()).toBe(400);
  const huge = await request.post(url, { data: { id: "1", status: "SUCCESS", pad: "x".repeat(70_000) } });
  expect(huge.status()).toBe(413);
  // A well-formed callback about a task nobody here tracks: the same answer as for one we do.
  expect((await request.post(url, { data: { id: "someone-elses-task", status: "SUCCESS" } })).status()).toBe(
    200,
  );
});
