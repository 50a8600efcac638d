// Shared by the browser benches: start a production studio with the built-in simulator on a port of the bench's
// own, create its first admin, and talk to the studio and to the simulator's counters. Requires `npx next build`.
import { request as playwrightRequest } from "@playwright/test";
import { spawn } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { rmSync } from "node:fs";

const ADMIN = { name: "Bench Admin", email: "bench.admin@example.com", password: "bench-admin-password" };

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Starts `scripts/start.mjs --no-build` on `port` with a fresh data folder (wiped first) and the simulator, waits
 * for /api/health, creates the first admin. `env` adds or overrides studio settings (SIM_DURATION_MS, …).
 * Returns { base, api (a signed-in Playwright request context), storageState (for browser contexts), sim, stop }.
 */
export async function startStudio({ port, dataDir, env = {} }) {
  const base = `http://127.0.0.1:${port}`;
  // The simulator answers only to its secret; the bench chooses it so it can read the counters too.
  const simKey = `bench-${randomBytes(16).toString("hex")}`;
  rmSync(dataDir, { recursive: true, force: true });
  const child = spawn("node", ["scripts/start.mjs", "--no-build"], {
    detached: true,
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      PORT: String(port),
      DATA_DIR: dataDir,
      DATABASE_URL: `file:./${dataDir}/studio.db`,
      MJ_API_KEY: simKey,
      SIM_API_KEY: simKey,
      ...env,
    },
  });
  const stop = () => {
    try {
      process.kill(-child.pid, "SIGKILL");
    } catch {
      // Already gone.
    }
  };
  try {
    await waitHealthy(base);
    const api = await playwrightRequest.newContext({ baseURL: base });
    const setup = await api.post("/api/setup", { data: ADMIN });
    if (setup.status() !== 201) throw new Error(`setup: ${setup.status()} ${await setup.text()}`);
    const storageState = await api.storageState();
    return { base, api, storageState, sim: simClient(base, simKey), stop };
  } catch (error) {
    stop();
    throw error;
  }
}

async function waitHealthy(base) {
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await sleep(500);
  }
  throw new Error("studio did not start");
}

/** The simulator's test endpoints (/sim/__stats, __control, __reset) and its task list, with its key. */
function simClient(base, key) {
  const headers = { "mj-api-secret": key, "content-type": "application/json" };
  const call = async (method, path, body) => {
    const res = await fetch(`${base}/sim${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`${method} /sim${path}: ${res.status} ${await res.text()}`);
    return res.json();
  };
  return {
    /** { requests: { "<METHOD> <endpoint>": n }, submits, total, images: { previews, finals } } */
    stats: () => call("GET", "/__stats"),
    reset: () => call("POST", "/__reset"),
    control: (patch) => call("POST", "/__control", patch),
    /** The simulator's own view of its recent tasks (as an upstream would list them). Counted as an API call. */
    tasks: () => call("GET", "/mj/task/list"),
  };
}

/** Submits one imagine through our API as the signed-in admin; returns the task DTO. */
export async function submitImagine(api, prompt) {
  const res = await api.post("/api/tasks", { data: { prompt, idempotencyKey: `bench-${randomUUID()}` } });
  if (res.status() !== 201) throw new Error(`submit: ${res.status()} ${await res.text()}`);
  return res.json();
}

/** Waits until every task is finished and stored with its image (or failed); returns the final DTOs. */
export async function waitAllStored(api, ids, timeoutMs = 180_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const tasks = await Promise.all(ids.map(async (id) => (await api.get(`/api/tasks/${id}`)).json()));
    const done = tasks.every(
      (t) => (t.status === "succeeded" && t.image && t.thumbnail) || t.status === "failed",
    );
    if (done) return tasks;
    if (Date.now() > deadline) throw new Error("tasks did not finish in time");
    await sleep(250);
  }
}

/** Nearest-rank percentile of a list of numbers. */
export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
