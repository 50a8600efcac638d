// Issue 8 items 10 and 11: a 60 s upstream outage. The studio says so on the channel every browser already polls,
// and once the upstream is back every task finishes within seconds (the old backoff had grown to ~48 s).
import { type APIRequestContext, expect, test } from "@playwright/test";

import type { ChangesPollDto } from "@/lib/schemas/task";

import { createImagine, getTask, restoreSimulatorAfterEach, simControl } from "../helpers/api";

const OUTAGE_MS = 60_000;
// The promise is "done ≤ 10 s after recovery". The poll allows 10 s, plus one tracker interval (400 ms in the
// e2e config) for the pass that notices, plus ~2 s for the image download and for a loaded 2-core CI machine.
const RECOVERY_BUDGET_MS = 12_500;

restoreSimulatorAfterEach({ outage: false });

async function upstreamState(request: APIRequestContext) {
  const res = await request.get("/api/tasks/changes");
  expect(res.status()).toBe(200);
  return ((await res.json()) as ChangesPollDto).upstream;
}

test("after a 60 s outage: reported while it lasts, cleared and every task done within ~10 s of recovery", async ({
  request,
}) => {
  test.setTimeout(OUTAGE_MS + 60_000);
  const tasks = await Promise.all([1, 2, 3].map((n) => createImagine(request, `outage recovery ${n}`)));
  await simControl(request, { outage: true });
  const outageStarted = Date.now();

  await expect.poll(async () => (await upstreamState(request)).unreachableSince).not.toBeNull();
  const since = new Date((await upstreamState(request)).unreachableSince as string).getTime();
  expect(since).toBeGreaterThanOrEqual(outageStarted - 1_000);

  // Let the outage last its full minute (long enough for the old backoff to reach its slow steps).
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, outageStarted + OUTAGE_MS - Date.now())));
  await simControl(request, { outage: false });

  await expect
    .poll(
      async () => {
        const states = await Promise.all(tasks.map((task) => getTask(request, task.id)));
        return states.every((t) => t.status === "succeeded" && t.image !== null);
      },
      { timeout: RECOVERY_BUDGET_MS, intervals: [250] },
    )
    .toBe(true);
  expect((await upstreamState(request)).unreachableSince).toBeNull();
});
