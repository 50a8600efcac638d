import { expect, test } from "@playwright/test";

import type { TaskDto } from "@/lib/schemas/task";

import { key, simStats, waitForImage } from "../helpers/api";
import { errorOf, jsonAs } from "../helpers/json";

test("five concurrent submits with one idempotency key make ONE upstream submit", async ({ request }) => {
  const before = await simStats(request);
  const body = { prompt: `double click ${Date.now()}`, idempotencyKey: key() };
  const responses = await Promise.all(
    Array.from({ length: 5 }, () => request.post("/api/tasks", { data: body })),
  );
  const ids = new Set<string>();
  for (const res of responses) {
    expect([200, 201]).toContain(res.status());
    ids.add((await jsonAs<TaskDto>(res)).id);
  }
  expect(ids.size).toBe(1);
  expect(responses.filter((r) => r.status() === 201)).toHaveLength(1);
  const after = await simStats(request);
  expect(after.submits - before.submits).toBe(1);

  // A later retry of the same intent still returns the same task and still sends nothing.
  const retry = await request.post("/api/tasks", { data: body });
  expect(retry.status()).toBe(200);
  expect(retry.headers()["idempotent-replayed"]).toBe("true");
  expect((await jsonAs<TaskDto>(retry)).id).toBe([...ids][0]);
  expect((await simStats(request)).submits - before.submits).toBe(1);
});

test("the same key for a different prompt is refused", async ({ request }) => {
  const k = key();
  expect((await request.post("/api/tasks", { data: { prompt: "first", idempotencyKey: k } })).status()).toBe(
    201,
  );
  const res = await request.post("/api/tasks", { data: { prompt: "second", idempotencyKey: k } });
  expect(res.status()).toBe(409);
  expect((await errorOf(res)).message).toMatch(/already used for a different request/);
});

test("a double-pressed button makes one child task", async ({ request }) => {
  const parentRes = await request.post("/api/tasks", {
    data: { prompt: "twin towers of glass", idempotencyKey: key() },
  });
  const parent = await waitForImage(request, (await jsonAs<TaskDto>(parentRes)).id);
  const customId = parent.buttons.find((b) => b.label === "U1")!.customId;
  const before = await simStats(request);
  const press = { customId, idempotencyKey: key() };
  const [a, b] = await Promise.all([
    request.post(`/api/tasks/${parent.id}/actions`, { data: press }),
    request.post(`/api/tasks/${parent.id}/actions`, { data: press }),
  ]);
  expect((await jsonAs<TaskDto>(a)).id).toBe((await jsonAs<TaskDto>(b)).id);
  expect((await simStats(request)).submits - before.submits).toBe(1);
});
