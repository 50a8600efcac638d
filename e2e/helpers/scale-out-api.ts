// Talking to a chosen instance of the scale-out run. Sessions are rows in the shared database and cookies belong to
// the host (127.0.0.1), not the port, so one signed-in API context reaches A and B alike: the URL picks the instance.
import { type APIRequestContext, type APIResponse, expect } from "@playwright/test";

import type { HealthDto, TaskDto } from "@/lib/schemas/task";

import { key } from "./api";
import { jsonAs } from "./json";

/** POST /api/tasks on the instance at `base`; the answer is the caller's to check (accepted or refused). */
export function submitOn(api: APIRequestContext, base: string, prompt: string): Promise<APIResponse> {
  return api.post(`${base}/api/tasks`, { data: { prompt, references: [], idempotencyKey: key() } });
}

/** An imagine accepted by the instance at `base`. */
export async function imagineOn(api: APIRequestContext, base: string, prompt: string): Promise<TaskDto> {
  const res = await submitOn(api, base, prompt);
  expect(res.status(), await res.text()).toBe(201);
  return jsonAs<TaskDto>(res);
}

/** Whether the instance at `base` runs the tracker now (the admin's health details; `api` must be an admin's). */
export async function runsTracker(admin: APIRequestContext, base: string): Promise<boolean> {
  const res = await admin.get(`${base}/api/health`);
  expect(res.status(), await res.text()).toBe(200);
  const health = await jsonAs<HealthDto>(res);
  expect(health.tracker, "an admin's health answer has the tracker's status").toBeDefined();
  // The role (the lock) and the running tracker must agree, or two trackers could overlap.
  expect(health.tracker.role, "the tracker lock and the running tracker agree").toBe(
    health.tracker.running ? "leader" : "follower",
  );
  return health.tracker.running;
}

/** Waits until every task is succeeded with its image and thumbnail stored, asking the instance at `base`. */
export async function waitAllStored(
  api: APIRequestContext,
  base: string,
  ids: string[],
  timeout = 60_000,
): Promise<void> {
  const pending = new Set(ids);
  await expect
    .poll(
      async () => {
        for (const id of [...pending]) {
          const res = await api.get(`${base}/api/tasks/${id}`);
          expect(res.status(), await res.text()).toBe(200);
          const task = await jsonAs<TaskDto>(res);
          expect(task.status, `task ${id}: ${task.failReason ?? ""}`).not.toBe("failed");
          if (task.status === "succeeded" && task.image && task.thumbnail) pending.delete(id);
        }
        return [...pending];
      },
      { timeout, intervals: [500, 1000] },
    )
    .toEqual([]);
}

/**
 * Waits until the upstream has accepted every task (it has an upstream id) and none is finished yet, so they are
 * mid-flight when something dies. Not "running" for all at once: with callbacks alive the leader reads a task that
 * gets none only after it has been silent a while, and a called-back task may finish before that.
 */
export async function waitAllInFlight(api: APIRequestContext, base: string, ids: string[]): Promise<void> {
  await expect
    .poll(
      async () => {
        const tasks = await Promise.all(
          ids.map(async (id) => jsonAs<TaskDto>(await api.get(`${base}/api/tasks/${id}`))),
        );
        return tasks.every((t) => t.upstreamId && ["submitted", "queued", "running"].includes(t.status));
      },
      { timeout: 30_000, intervals: [250, 500] },
    )
    .toBe(true);
}
