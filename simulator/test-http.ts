import "server-only";

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeEach, expect } from "vitest";

import { handleSimRequest } from "./router";
import { configureSimulator, stopTicker } from "./runtime";
import { resetSettings, resetStats, updateSettings } from "./settings";
import { installTestHost, TEST_SECRET } from "./test-fixtures";

// HTTP-level test helpers: drive the simulator through Request/Response objects exactly as the Next route does,
// against a fresh temp DATA_DIR per test.

export const BASE = "http://127.0.0.1:3999/sim";

/** What the studio sends with every call: the simulator refuses anything without its secret. */
export const simHeaders = (): Record<string, string> => ({ "mj-api-secret": TEST_SECRET });

export function withTempSimulator(): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sim-http-"));
  let run = 0;
  beforeEach(() => {
    installTestHost();
    // A fresh store per test so running tasks of one test do not occupy the next test's slots.
    configureSimulator({ dataDir: path.join(dir, String(run++)) });
    resetSettings();
    updateSettings({ durationMs: 300, concurrency: 5 });
    resetStats();
  });
  afterAll(() => {
    stopTicker();
    configureSimulator({ dataDir: path.join(dir, "closed") });
    fs.rmSync(dir, { recursive: true, force: true });
  });
}

export async function call(method: "GET" | "POST", apiPath: string, body?: unknown) {
  const init: RequestInit = {
    method,
    headers: {
      host: "127.0.0.1:3999",
      "content-type": "application/json",
      ...simHeaders(),
    },
  };
  if (body !== undefined) init.body = typeof body === "string" ? body : JSON.stringify(body);
  const res = await handleSimRequest(new Request(`${BASE}${apiPath}`, init));
  const text = await res.text();
  let json: unknown = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = text;
  }
  return {
    status: res.status,
    text,
    json: json as Record<string, unknown> & unknown[],
    headers: res.headers,
  };
}

export async function waitFor(id: string, statuses: string[]): Promise<Record<string, unknown>> {
  for (let i = 0; i < 100; i++) {
    const { json } = await call("GET", `/mj/task/${id}/fetch`);
    if (statuses.includes(json.status as string)) return json;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`task ${id} never reached ${statuses.join("/")}`);
}

export async function imagine(prompt: string, extra: Record<string, unknown> = {}): Promise<string> {
  const { json } = await call("POST", "/mj/submit/imagine", { prompt, ...extra });
  expect(json.code).toBe(1);
  return json.result as string;
}
