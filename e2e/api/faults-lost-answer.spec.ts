import { expect, test } from "@playwright/test";

import type { TaskDto } from "@/lib/schemas/task";

import {
  getTask,
  key,
  restoreSimulatorAfterEach,
  SIM_HEADERS,
  simControl,
  simStats,
  waitForImage,
  waitForStatus,
} from "../helpers/api";
import { errorOf, jsonAs } from "../helpers/json";

// Item 9: the upstream PROCESSES a submit (and would bill it) but its answer is lost on the way back.

restoreSimulatorAfterEach({ loseNextSubmitAnswers: 0, profile: "native" });

test("a lost submit answer: the task is found upstream by state, adopted and finished, submitted exactly once", async ({
  request,
}) => {
  await simControl(request, { loseNextSubmitAnswers: 1 });
  const before = await simStats(request);
  const idempotencyKey = key();
  const res = await request.post("/api/tasks", {
    data: { prompt: "a fox whose answer got lost", idempotencyKey },
  });
  expect(res.status()).toBe(502);
  const error = await errorOf(res);
  // An upstream that answered is not called unreachable, and its body never reaches us.
  expect(error.message).toContain("The upstream answered with an error (HTTP 502)");
  expect(error.message).not.toMatch(/Bad Gateway|upstream reset|html/i);
  const taskId = error.details?.taskId as string;
  expect(taskId).toBeTruthy();

  const done = await waitForImage(request, taskId);
  expect(done.upstreamId).toBeTruthy();
  expect(done.failCode).toBeNull();

  // A replay of the same key follows the adopted task instead of submitting again.
  const replay = await request.post("/api/tasks", {
    data: { prompt: "a fox whose answer got lost", idempotencyKey },
  });
  expect(replay.status()).toBe(200);
  expect((await jsonAs<TaskDto>(replay)).id).toBe(taskId);

  const after = await simStats(request);
  expect(after.submits - before.submits).toBe(1);
  expect(
    (after.requests["POST /mj/submit/imagine"] ?? 0) - (before.requests["POST /mj/submit/imagine"] ?? 0),
  ).toBe(1);
});

test("an aggregator that cannot list tasks: the task says it may have been charged, and 'Find it' adopts the job", async ({
  request,
}) => {
  await simControl(request, { profile: "aggregator", loseNextSubmitAnswers: 1 });
  const before = await simStats(request);
  const res = await request.post("/api/tasks", {
    data: { prompt: "a heron lost in transit", idempotencyKey: key() },
  });
  expect(res.status()).toBe(502);
  const taskId = (await errorOf(res)).details?.taskId as string;

  const failed = await waitForStatus(request, taskId, ["failed"]);
  expect(failed.failCode).toBe("SUBMIT_UNCERTAIN");
  expect(failed.failReason).toMatch(/may have been charged/);
  expect(failed.failReason).toMatch(/Find it/);

  // Ids the upstream does not know are refused; nothing is resubmitted.
  const unknown = await request.post(`/api/tasks/${taskId}/adopt`, {
    data: { upstreamId: "1999999999999999" },
  });
  expect(unknown.status()).toBe(404);
  const bad = await request.post(`/api/tasks/${taskId}/adopt`, { data: { upstreamId: "<script>" } });
  expect(bad.status()).toBe(422);
  const after = await simStats(request);
  expect(after.submits - before.submits).toBe(1);
  expect(await getTask(request, taskId)).toMatchObject({ status: "failed", upstreamId: null });

  // The person finds the job in the upstream's own history (here: the simulator's list, read as a native proxy).
  await simControl(request, { profile: "native" });
  const listing = await request.get("/sim/mj/task/list", { headers: SIM_HEADERS });
  const jobs = (await listing.json()) as { id: string; state: string | null }[];
  const job = jobs.find((j) => j.state === taskId);
  expect(job).toBeTruthy();
  await simControl(request, { profile: "aggregator" });
  const adopted = await request.post(`/api/tasks/${taskId}/adopt`, { data: { upstreamId: job?.id } });
  expect(adopted.status(), await adopted.text()).toBe(200);
  const done = await waitForImage(request, taskId);
  expect(done.upstreamId).toBe(job?.id);
  expect((await simStats(request)).submits - before.submits).toBe(1);
});

test("'Find it' refuses an upstream id another task already tracks", async ({ request }) => {
  const tracked = await request.post("/api/tasks", {
    data: { prompt: "an owl tracked normally", idempotencyKey: key() },
  });
  expect(tracked.status()).toBe(201);
  const trackedTask = await jsonAs<TaskDto>(tracked);
  await simControl(request, { profile: "aggregator", loseNextSubmitAnswers: 1 });
  const res = await request.post("/api/tasks", {
    data: { prompt: "an owl lost in transit", idempotencyKey: key() },
  });
  const taskId = (await errorOf(res)).details?.taskId as string;
  await waitForStatus(request, taskId, ["failed"]);
  const clash = await request.post(`/api/tasks/${taskId}/adopt`, {
    data: { upstreamId: trackedTask.upstreamId },
  });
  expect(clash.status()).toBe(409);
});
