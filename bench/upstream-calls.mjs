#!/usr/bin/env node
// Bench: what does one finished task cost the upstream, and does it grow with open tabs?
// Starts its own production studio with the simulator on port 3150 (data in e2e/.artifacts/bench-upstream), then
// for an upstream that calls back (notifyHook honoured, the default) and one that does not (the simulator's
// `ignoreNotifyHook`, as the aggregator behaves), and for 1, 4 and 8 open gallery tabs, submits a team's burst
// (6 imagines at once), waits until all are finished and stored with their images (plus a short settle), and
// counts from the first submit:
//   - every request the simulator received under its MJ API (submits, fetch, list-by-condition, anything else),
//   - the image downloads it served: progress previews and final images, separately,
//   - the tabs' requests to our own /api/tasks/changes and /api/tasks/stream (never forwarded upstream).
// Prints per-task figures. The studio runs with its production tracker settings; the simulator with 15 s jobs and
// 3 at a time (Midjourney's fast-mode concurrency), so the 6 tasks run in two waves. Requires `npx next build`.
// Usage: node bench/upstream-calls.mjs   (BENCH_TABS=1,4,8 BENCH_TASKS=6 to change the workload)
import { chromium } from "@playwright/test";

import { chromiumLaunchOptions } from "../e2e/chromium.mjs";
import { sleep, startStudio, submitImagine, waitAllStored } from "./lib/studio.mjs";

const PORT = 3150;
const DATA_DIR = "e2e/.artifacts/bench-upstream";
const TAB_COUNTS = (process.env.BENCH_TABS ?? "1,4,8").split(",").map(Number);
const TASKS = Number(process.env.BENCH_TASKS ?? 6);
const SIM_DURATION_MS = 15_000;
// Calls that arrive just after the last image was stored (a final confirming read) still belong to the tasks.
const SETTLE_MS = 4000;
// The upstream that never calls back goes first: the studio remembers a working callback for a minute (and only
// reads silent tasks meanwhile), so after the calling-back runs it would not yet behave as with a silent upstream.
const UPSTREAMS = [
  { name: "no callbacks", ignoreNotifyHook: true },
  { name: "calls back", ignoreNotifyHook: false },
];

async function runWorkload(browser, studio, upstream, tabs) {
  await studio.sim.control({ ignoreNotifyHook: upstream.ignoreNotifyHook });
  const context = await browser.newContext({ storageState: studio.storageState });
  let changes = 0;
  let streams = 0;
  context.on("request", (req) => {
    if (req.url().includes("/api/tasks/changes")) changes += 1;
    if (req.url().includes("/api/tasks/stream")) streams += 1;
  });
  for (let i = 0; i < tabs; i++) await (await context.newPage()).goto(`${studio.base}/`);
  await sleep(2000);
  changes = 0;
  streams = 0;
  await studio.sim.reset();
  const submitted = await Promise.all(
    Array.from({ length: TASKS }, (_, i) =>
      submitImagine(studio.api, `bench upstream ${upstream.name} ${tabs} tabs #${i} ${Date.now()}`),
    ),
  );
  const stored = await waitAllStored(
    studio.api,
    submitted.map((t) => t.id),
  );
  await sleep(SETTLE_MS);
  const stats = await studio.sim.stats();
  await context.close();
  const finished = stored.filter((t) => t.status === "succeeded").length;
  const reads = Object.entries(stats.requests)
    .filter(([k]) => !k.includes("/submit/"))
    .reduce((sum, [, n]) => sum + n, 0);
  return {
    upstream: upstream.name,
    tabs,
    finished,
    calls: stats.total,
    submits: stats.total - reads,
    reads,
    byEndpoint: stats.requests,
    previews: stats.images.previews,
    finals: stats.images.finals,
    changes,
    streams,
  };
}

const studio = await startStudio({
  port: PORT,
  dataDir: DATA_DIR,
  env: { SIM_DURATION_MS: String(SIM_DURATION_MS), SIM_CONCURRENCY: "3" },
});
try {
  const browser = await chromium.launch(chromiumLaunchOptions);
  const rows = [];
  for (const upstream of UPSTREAMS)
    for (const tabs of TAB_COUNTS) rows.push(await runWorkload(browser, studio, upstream, tabs));
  await browser.close();
  const per = (n, r) => (r.finished ? (n / r.finished).toFixed(2) : "-");
  console.log(`\n${TASKS} imagines submitted together, ${SIM_DURATION_MS / 1000} s jobs, 3 at a time\n`);
  console.log(
    "| upstream | open tabs | finished | upstream calls (submits + reads) | calls per task | preview downloads per task | final downloads per task | tab requests to /api/tasks/changes (+ stream) |",
  );
  console.log("| --- | --- | --- | --- | --- | --- | --- | --- |");
  for (const r of rows) {
    console.log(
      `| ${r.upstream} | ${r.tabs} | ${r.finished}/${TASKS} | ${r.calls} (${r.submits} + ${r.reads}) | ${per(r.calls, r)} | ${per(r.previews, r)} | ${per(r.finals, r)} | ${r.changes} (+ ${r.streams}) |`,
    );
  }
  console.log("\nupstream requests by endpoint:");
  for (const r of rows) console.log(`${r.upstream}, ${r.tabs} tabs: ${JSON.stringify(r.byEndpoint)}`);
} finally {
  await studio.api.dispose();
  studio.stop();
}
