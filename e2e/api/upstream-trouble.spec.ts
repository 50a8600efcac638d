import { expect, test } from "@playwright/test";

import { key, listTasks, restoreSimulatorAfterEach, simControl, simStats } from "../helpers/api";
import { errorOf } from "../helpers/json";

restoreSimulatorAfterEach({ outage: false, garbage: false });

test("a banned word is refused with the word, and the prompt can be sent again after editing", async ({
  request,
}) => {
  const res = await request.post("/api/tasks", { data: { prompt: "a gore scene", idempotencyKey: key() } });
  expect(res.status()).toBe(422);
  const error = await errorOf(res);
  expect(error.code).toBe("banned_prompt");
  expect(error.details?.bannedWord).toBe("gore");
  expect(error.message).toContain("gore");
  // A definite rejection costs nothing upstream and leaves no phantom task in the history.
  const list = await listTasks(request, "q=a%20gore%20scene");
  expect(list.items).toEqual([]);
});

test("an upstream outage (503) is a clear 502, sent once, leaves no 500 and no task: nothing was charged", async ({
  request,
}) => {
  await simControl(request, { outage: true });
  const before = await simStats(request);
  const res = await request.post("/api/tasks", {
    data: { prompt: "during the outage", idempotencyKey: key() },
  });
  expect(res.status()).toBe(502);
  const error = await errorOf(res);
  expect(error.code).toMatch(/^upstream_/);
  expect(error.message).not.toMatch(/at |node_modules|stack/i);
  // A 503 is a refusal before any work: the claim is released, nothing waits in "checking".
  expect(error.details?.taskId).toBeUndefined();
  const after = await simStats(request);
  expect(after.requests["POST /mj/submit/imagine"] ?? 0).toBe(
    (before.requests["POST /mj/submit/imagine"] ?? 0) + 1,
  );
});

test("upstream garbage is reported as a bad upstream response", async ({ request }) => {
  await simControl(request, { garbage: true });
  const res = await request.post("/api/tasks", {
    data: { prompt: "while the upstream talks nonsense", idempotencyKey: key() },
  });
  expect(res.status()).toBe(502);
  expect((await errorOf(res)).code).toBe("upstream_bad_response");
});
