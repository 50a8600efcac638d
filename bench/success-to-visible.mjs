#!/usr/bin/env node
// Bench: how long after the upstream reports SUCCESS does an open gallery tab show the finished image?
// Starts its own production studio with the simulator on port 3150 (data in e2e/.artifacts/bench-visible), opens
// one gallery tab in Chromium and submits N imagines a few seconds apart so they finish at different times. For
// each task:
//   t_success = the simulator's finishTime for it (its clock; the simulator announces SUCCESS at that moment),
//   t_visible = Date.now() in the tab when the tile, marked succeeded, has loaded its final thumbnail.
// Both are the same machine's clock. Reports p50 and max of t_visible − t_success in two modes, one after the
// other in the same run: "push" (the page as shipped) and "poll" (the tab's /api/tasks/stream aborted before
// navigation, so the page must fall back to polling). Also prints what the page's [data-live] said, if anything.
// Requires `npx next build` first.
// Usage: node bench/success-to-visible.mjs   (BENCH_TASKS=8 BENCH_GAP_MS=2500 to change the workload)
import { chromium } from "@playwright/test";

import { chromiumLaunchOptions } from "../e2e/chromium.mjs";
import { percentile, sleep, startStudio, submitImagine, waitAllStored } from "./lib/studio.mjs";

const PORT = 3150;
const DATA_DIR = "e2e/.artifacts/bench-visible";
const TASKS = Number(process.env.BENCH_TASKS ?? 8);
const GAP_MS = Number(process.env.BENCH_GAP_MS ?? 2500);
const SIM_DURATION_MS = 8000;
const MODES = ["push", "poll"];

// Runs in the tab before the app: stamps the first moment each succeeded tile has its final thumbnail loaded.
// A capture-phase `load` listener sees every image load (load does not bubble); the MutationObserver covers an
// image that was already complete when the tile turned succeeded.
function installVisibleRecorder() {
  const seen = {};
  window.__benchVisible = seen;
  const check = (tile) => {
    const id = tile.dataset.taskId;
    if (!id || seen[id] || tile.dataset.status !== "succeeded") return;
    const img = tile.querySelector("img");
    if (!img?.getAttribute("src")?.startsWith(`/api/images/${id}/thumb`)) return;
    if (img.complete && img.naturalWidth > 0) seen[id] = Date.now();
  };
  document.addEventListener(
    "load",
    (event) => {
      const tile = event.target instanceof HTMLImageElement ? event.target.closest("li[data-task-id]") : null;
      if (tile) check(tile);
    },
    true,
  );
  new MutationObserver(() => {
    for (const tile of document.querySelectorAll("li[data-task-id][data-status='succeeded']")) check(tile);
  }).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ["data-status", "src"],
  });
}

async function runMode(browser, studio, mode) {
  // Tall enough that every tile is on screen, so no thumbnail waits for lazy loading.
  const context = await browser.newContext({
    storageState: studio.storageState,
    viewport: { width: 1280, height: 2400 },
  });
  await context.addInitScript(installVisibleRecorder);
  const page = await context.newPage();
  let streamAborts = 0;
  if (mode === "poll") {
    await page.route("**/api/tasks/stream**", (route) => {
      streamAborts += 1;
      return route.abort();
    });
  }
  await page.goto(`${studio.base}/`);
  // Let the page settle (first list, the stream connected or refused) before the workload starts.
  await sleep(3000);
  const liveBefore = await page.evaluate(
    () => document.querySelector("[data-live]")?.getAttribute("data-live") ?? "-",
  );

  const submitted = [];
  for (let i = 0; i < TASKS; i++) {
    if (i > 0) await sleep(GAP_MS);
    submitted.push(await submitImagine(studio.api, `bench visible ${mode} #${i} ${Date.now()}`));
  }
  const stored = await waitAllStored(
    studio.api,
    submitted.map((t) => t.id),
  );
  const ids = stored.filter((t) => t.status === "succeeded").map((t) => t.id);
  // The tab may still be one poll behind the database.
  const deadline = Date.now() + 30_000;
  let visible = {};
  while (Date.now() < deadline) {
    visible = await page.evaluate(() => window.__benchVisible);
    if (ids.every((id) => visible[id])) break;
    await sleep(200);
  }
  const liveAfter = await page.evaluate(
    () => document.querySelector("[data-live]")?.getAttribute("data-live") ?? "-",
  );
  await context.close();

  const upstream = new Map((await studio.sim.tasks()).map((t) => [t.id, t.finishTime]));
  const delays = [];
  const missing = [];
  for (const task of stored.filter((t) => t.status === "succeeded")) {
    const finishTime = upstream.get(task.upstreamId);
    if (!visible[task.id] || !finishTime) missing.push(task.id);
    else delays.push(visible[task.id] - finishTime);
  }
  return {
    mode,
    live: liveBefore === liveAfter ? liveBefore : `${liveBefore}→${liveAfter}`,
    streamAborts,
    tasks: submitted.length,
    measured: delays.length,
    missing: missing.length,
    failed: stored.length - ids.length,
    delays,
  };
}

const studio = await startStudio({
  port: PORT,
  dataDir: DATA_DIR,
  env: { SIM_DURATION_MS: String(SIM_DURATION_MS), SIM_CONCURRENCY: String(TASKS) },
});
try {
  const browser = await chromium.launch(chromiumLaunchOptions);
  const rows = [];
  for (const mode of MODES) rows.push(await runMode(browser, studio, mode));
  await browser.close();
  const s = (ms) => (ms / 1000).toFixed(2);
  console.log(
    `\n${TASKS} imagines ${GAP_MS} ms apart, ${SIM_DURATION_MS} ms jobs, 1 tab; delay = t_visible − t_success (s)\n`,
  );
  console.log("| mode | [data-live] | tasks measured | p50 (s) | max (s) | min (s) |");
  console.log("| ---- | ----------- | -------------- | ------- | ------- | ------- |");
  for (const r of rows) {
    const d = r.delays;
    const stats = d.length
      ? `${s(percentile(d, 50))} | ${s(Math.max(...d))} | ${s(Math.min(...d))}`
      : "- | - | -";
    console.log(`| ${r.mode} | ${r.live} | ${r.measured}/${r.tasks} | ${stats} |`);
  }
  for (const r of rows) {
    const extra = [
      r.missing ? `${r.missing} never seen` : "",
      r.failed ? `${r.failed} failed` : "",
      r.mode === "poll" ? `stream requests aborted: ${r.streamAborts}` : "",
    ].filter(Boolean);
    console.log(
      `${r.mode}: delays (s) ${r.delays.map(s).join(" ")}${extra.length ? `; ${extra.join(", ")}` : ""}`,
    );
  }
} finally {
  await studio.api.dispose();
  studio.stop();
}
