// Small helpers shared by the e2e specs: create tasks through OUR API, wait on them, read the simulator's
// request counters. Assertions stay in the specs.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { randomUUID } from "node:crypto";
import sharp from "sharp";

import type { TaskDetailDto, TaskDto, TaskPageDto } from "@/lib/schemas/task";

import { E2E_API_KEY } from "../../playwright.config";

export const key = () => `e2e-${randomUUID()}`;

export async function pngDataUrl(width = 64, height = 48, color = "#3b82f6"): Promise<string> {
  const bytes = await sharp({ create: { width, height, channels: 3, background: color } })
    .png()
    .toBuffer();
  return `data:image/png;base64,${bytes.toString("base64")}`;
}

/** Vary (Region) mask: black (keep) with a white square in the middle (repaint). */
export async function maskDataUrl(width: number, height: number): Promise<string> {
  const square = Math.max(1, Math.round(Math.min(width, height) / 3));
  const white = await sharp({ create: { width: square, height: square, channels: 3, background: "#ffffff" } })
    .png()
    .toBuffer();
  const bytes = await sharp({ create: { width, height, channels: 3, background: "#000000" } })
    .composite([
      { input: white, left: Math.round((width - square) / 2), top: Math.round((height - square) / 2) },
    ])
    .png()
    .toBuffer();
  return `data:image/png;base64,${bytes.toString("base64")}`;
}

/** POSTs to one of our create routes (describe, blend, …) with a fresh key; expects `status`. */
export async function postTask(
  request: APIRequestContext,
  path: string,
  data: Record<string, unknown>,
  status = 201,
): Promise<TaskDto> {
  const res = await request.post(path, { data: { idempotencyKey: key(), ...data } });
  expect(res.status(), await res.text()).toBe(status);
  return (await res.json()) as TaskDto;
}

export async function createImagine(
  request: APIRequestContext,
  prompt: string,
  references: string[] = [],
): Promise<TaskDto> {
  const res = await request.post("/api/tasks", { data: { prompt, references, idempotencyKey: key() } });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()) as TaskDto;
}

export async function pressButton(
  request: APIRequestContext,
  taskId: string,
  customId: string,
): Promise<TaskDto> {
  const res = await request.post(`/api/tasks/${taskId}/actions`, {
    data: { customId, idempotencyKey: key() },
  });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()) as TaskDto;
}

export async function getTask(request: APIRequestContext, id: string): Promise<TaskDetailDto> {
  const res = await request.get(`/api/tasks/${id}`);
  expect(res.status()).toBe(200);
  return (await res.json()) as TaskDetailDto;
}

/** One page of GET /api/tasks for a query string such as `q=fox&status=active`. */
export async function listTasks(request: APIRequestContext, query: string): Promise<TaskPageDto> {
  const res = await request.get(`/api/tasks?${query}`);
  expect(res.status(), await res.text()).toBe(200);
  return (await res.json()) as TaskPageDto;
}

/** Polls our API (never the upstream) until the task reaches one of the statuses. */
export async function waitForStatus(
  request: APIRequestContext,
  id: string,
  statuses: string[],
  timeout = 45_000,
): Promise<TaskDetailDto> {
  let last: TaskDetailDto | undefined;
  await expect
    .poll(
      async () => {
        last = await getTask(request, id);
        return last.status;
      },
      { timeout, intervals: [250, 500, 1000] },
    )
    .toMatch(new RegExp(`^(${statuses.join("|")})$`));
  return last as TaskDetailDto;
}

/** Succeeded AND its image stored (the download happens right after the status flips). */
export async function waitForImage(request: APIRequestContext, id: string): Promise<TaskDetailDto> {
  let last: TaskDetailDto | undefined;
  await expect
    .poll(
      async () => {
        last = await getTask(request, id);
        return last.status === "succeeded" && last.image !== null && last.thumbnail !== null;
      },
      { timeout: 45_000, intervals: [250, 500, 1000] },
    )
    .toBe(true);
  return last as TaskDetailDto;
}

export interface SimStats {
  requests: Record<string, number>;
  submits: number;
  total: number;
}

/**
 * The simulator answers only to the studio's own secret (SIM_API_KEY, which playwright.config sets to
 * E2E_API_KEY). Every direct /sim/* request in the specs sends these headers.
 */
export const SIM_HEADERS = { "mj-api-secret": E2E_API_KEY } as const;

export async function simStats(request: APIRequestContext): Promise<SimStats> {
  const res = await request.get("/sim/__stats", { headers: SIM_HEADERS });
  expect(res.status()).toBe(200);
  return (await res.json()) as SimStats;
}

export async function simControl(
  request: APIRequestContext,
  settings: Record<string, unknown>,
): Promise<void> {
  const res = await request.post("/sim/__control", { data: settings, headers: SIM_HEADERS });
  expect(res.status(), await res.text()).toBe(200);
}

/** Puts the simulator back to `settings` after each test of the calling file (or describe block). */
export function restoreSimulatorAfterEach(settings: Record<string, unknown>): void {
  test.afterEach(async ({ request }) => {
    await simControl(request, settings);
  });
}

export function buttonId(task: TaskDto, label: string): string {
  const button = task.buttons.find((b) => b.label === label);
  if (!button)
    throw new Error(
      `Task ${task.id} has no button ${label}: ${task.buttons.map((b) => b.label || b.emoji).join(", ")}`,
    );
  return button.customId;
}
