// Issue 8 item 4: the upstream's notify callback cannot starve the tracker. Callbacks every 100 ms used to
// re-arm the tracker's wake timer each time, so no sync ran and tasks froze while the flood lasted.
import { expect, test } from "@playwright/test";
import { readFileSync } from "node:fs";
import path from "node:path";

import { E2E_DATA_DIR } from "../../playwright.config";
import { createImagine, waitForImage } from "../helpers/api";
import { errorOf } from "../helpers/json";

// The callback secret the studio hands the upstream: the flood uses the real one, as a compromised or buggy
// upstream would.
const notifyToken = () => readFileSync(path.resolve(E2E_DATA_DIR, "notify-secret"), "utf8").trim();

test("a callback flood with the real token neither freezes tasks nor gets through unthrottled", async ({
  request,
}) => {
  const tasks = await Promise.all([1, 2, 3].map((n) => createImagine(request, `notify flood ${n}`)));
  const token = notifyToken();
  const statuses = new Map<number, number>();
  let flooding = true;
  const flood = (async () => {
    while (flooding) {
      const res = await request.post(`/api/mj/notify?token=${token}`, { data: { status: "SUCCESS" } });
      statuses.set(res.status(), (statuses.get(res.status()) ?? 0) + 1);
      if (res.status() === 429) expect((await errorOf(res)).code).toBe("rate_limited");
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  try {
    // Each task runs 2.5 s in the simulator: with the tracker alive they all finish and store their image
    // while the flood goes on.
    for (const task of tasks) await waitForImage(request, task.id);
  } finally {
    flooding = false;
    await flood;
  }
  expect(statuses.get(200) ?? 0).toBeGreaterThan(0);
  expect(statuses.get(429) ?? 0).toBeGreaterThan(0);
  expect([...statuses.keys()].sort()).toEqual([200, 429]);
});

test("callers without the token cannot spend the callbacks' budget and crowd out the upstream", async ({
  request,
}) => {
  // Let the budget refill after any flood above (burst 10, 5 per second).
  await new Promise((resolve) => setTimeout(resolve, 2_500));
  for (let i = 0; i < 30; i += 1) {
    expect((await request.post(`/api/mj/notify?token=wrong-${i}`, { data: {} })).status()).toBe(404);
  }
  expect((await request.post(`/api/mj/notify?token=${notifyToken()}`, { data: {} })).status()).toBe(200);
});
