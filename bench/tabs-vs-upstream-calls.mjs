#!/usr/bin/env node
// Bench: do open browser tabs multiply the calls the studio makes to the upstream?
// Starts its own studio (production build, simulator) on port 3102, then for 1, 4 and 8 open gallery tabs
// submits the same workload (3 imagines), waits until all finish, and counts:
//   - upstream reads the simulator received (fetch + list-by-condition), and
//   - /api/tasks/changes polls the tabs made to OUR server.
// Prints the counts and the ratios against the 1-tab run. Requires `npx next build` first.
// Usage: node bench/tabs-vs-upstream-calls.mjs
import { chromium } from "@playwright/test";
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";

import { chromiumLaunchOptions } from "../e2e/chromium.mjs";

const PORT = 3102;
const BASE = `http://127.0.0.1:${PORT}`;
const DATA_DIR = "e2e/.artifacts/bench-data";
const TAB_COUNTS = [1, 4, 8];
// The simulator answers only to its secret; the bench chooses it so it can read the counters too.
const SIM_API_KEY = process.env.SIM_API_KEY ?? `bench-${randomBytes(16).toString("hex")}`;
const SIM_HEADERS = { "mj-api-secret": SIM_API_KEY };

async function waitHealthy() {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${BASE}/api/health`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("studio did not start");
}

const json = async (path, init) => (await fetch(`${BASE}${path}`, init)).json();

async function runWorkload(browser, tabs) {
  await fetch(`${BASE}/sim/__reset`, { method: "POST", headers: SIM_HEADERS });
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  let polls = 0;
  context.on("request", (req) => {
    if (req.url().includes("/api/tasks/changes")) polls += 1;
  });
  const pages = [];
  for (let i = 0; i < tabs; i++) {
    const page = await context.newPage();
    await page.goto(BASE);
    pages.push(page);
  }
  const ids = [];
  for (let i = 0; i < 3; i++) {
    const task = await json("/api/tasks", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        prompt: `bench ${tabs} tabs #${i}`,
        idempotencyKey: `bench-${tabs}-${i}-${Date.now()}`,
      }),
    });
    ids.push(task.id);
  }
  for (;;) {
    const states = await Promise.all(ids.map((id) => json(`/api/tasks/${id}`)));
    if (states.every((t) => t.status === "succeeded" && t.image)) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  const stats = await json("/sim/__stats", { headers: SIM_HEADERS });
  await context.close();
  const reads = Object.entries(stats.requests)
    .filter(([k]) => k.includes("/fetch") || k.includes("list-by"))
    .reduce((sum, [, n]) => sum + n, 0);
  return { tabs, upstreamReads: reads, upstreamSubmits: stats.submits, browserPolls: polls };
}

rmSync(DATA_DIR, { recursive: true, force: true });
const studio = spawn("node", ["scripts/start.mjs", "--no-build"], {
  detached: true,
  stdio: "ignore",
  env: {
    ...process.env,
    PORT: String(PORT),
    DATA_DIR,
    DATABASE_URL: `file:./${DATA_DIR}/studio.db`,
    SIM_DURATION_MS: "6000",
    TRACKER_INTERVAL_MS: "1000",
    SIM_API_KEY,
  },
});
try {
  await waitHealthy();
  const browser = await chromium.launch(chromiumLaunchOptions);
  const rows = [];
  for (const tabs of TAB_COUNTS) rows.push(await runWorkload(browser, tabs));
  await browser.close();
  const base = rows[0];
  console.log(
    "tabs | upstream reads | ratio vs 1 tab | upstream submits | browser polls of /api | ratio vs 1 tab",
  );
  for (const r of rows) {
    console.log(
      `${r.tabs} | ${r.upstreamReads} | ${(r.upstreamReads / base.upstreamReads).toFixed(2)} | ${r.upstreamSubmits} | ${r.browserPolls} | ${(r.browserPolls / Math.max(1, base.browserPolls)).toFixed(2)}`,
    );
  }
} finally {
  process.kill(-studio.pid, "SIGKILL");
}
