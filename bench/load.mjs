#!/usr/bin/env node
// Bench: does background work (image downloads, sharp thumbnails, previews, the simulator's rendering) starve the
// request path under load? Starts its own studio (production build, simulator with raised limits) on port 3140,
// then for 60 s: 50 pollers each read the gallery list (GET /api/tasks?limit=24, what the page reads) every 1.5 s,
// and 5 imagines per second are submitted (POST /api/tasks, round-robin over a few members). Then it waits until
// every submitted task is finished and prints per-route p50/p95/p99, request and error counts, tasks finished,
// and the Next server's CPU (utime+stime over the run) and peak RSS (VmHWM). Requires `npx next build` first.
// Usage: node bench/load.mjs   (LOAD_SECONDS=60 POLLERS=50 SUBMITS_PER_SECOND=5 to change the load)
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import os from "node:os";

import { cpuTicks, findServerPid, machineTicks, statusField } from "./process-figures.mjs";

const PORT = 3140;
const BASE = `http://127.0.0.1:${PORT}`;
const DATA_DIR = "e2e/.artifacts/load-data";
const LOAD_SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const POLLERS = Number(process.env.POLLERS ?? 50);
const POLL_EVERY_MS = 1500;
const SUBMITS_PER_SECOND = Number(process.env.SUBMITS_PER_SECOND ?? 5);
const MEMBERS = 5;
const FINISH_TIMEOUT_MS = 5 * 60_000;
const CLOCK_TICKS = 100; // USER_HZ on Linux: /proc/<pid>/stat counts CPU time in 1/100 s
const ADMIN = { name: "Load Admin", email: "load.admin@example.com", password: "load-bench-password" };
const SIM_API_KEY = process.env.SIM_API_KEY ?? `bench-${randomBytes(16).toString("hex")}`;
const TERMINAL = new Set(["succeeded", "failed", "cancelled"]);

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function waitHealthy() {
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`${BASE}/api/health`)).ok) return;
    } catch {}
    await sleep(500);
  }
  throw new Error("studio did not start");
}

/** Signs in and returns the Cookie header of the session (better-auth wants a browser's Origin). */
async function signIn(user) {
  const res = await fetch(`${BASE}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: BASE },
    body: JSON.stringify({ email: user.email, password: user.password }),
  });
  if (!res.ok) throw new Error(`sign-in ${res.status}: ${await res.text()}`);
  return res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}

async function setUpMembers() {
  const setup = await fetch(`${BASE}/api/setup`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: BASE },
    body: JSON.stringify(ADMIN),
  });
  if (setup.status !== 201) throw new Error(`setup ${setup.status}: ${await setup.text()}`);
  const adminCookie = await signIn(ADMIN);
  const cookies = [adminCookie];
  for (let i = 1; i < MEMBERS; i++) {
    const member = { email: `load.member${i}@example.com`, password: `load-member-${i}-password` };
    const res = await fetch(`${BASE}/api/admin/members`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: adminCookie, origin: BASE },
      body: JSON.stringify({ name: `Load Member ${i}`, ...member, role: "member", dailyLimit: null }),
    });
    if (res.status !== 201) throw new Error(`member ${res.status}: ${await res.text()}`);
    cookies.push(await signIn(member));
  }
  return cookies;
}

// ---- measuring -------------------------------------------------------------------------------------------------

const ROUTES = {
  list: "GET /api/tasks?limit=24",
  submit: "POST /api/tasks",
  health: "GET /api/health (probe)",
};
const samples = { list: [], submit: [], health: [] };
const counts = { list: { ok: 0, errors: 0 }, submit: { ok: 0, errors: 0 }, health: { ok: 0, errors: 0 } };
const errorExamples = [];

async function timed(route, url, init) {
  const started = performance.now();
  try {
    const res = await fetch(url, init);
    const body = await res.text();
    samples[route].push(performance.now() - started);
    if (res.ok) {
      counts[route].ok += 1;
      return JSON.parse(body);
    }
    counts[route].errors += 1;
    if (errorExamples.length < 5) errorExamples.push(`${route} ${res.status} ${body.slice(0, 200)}`);
  } catch (error) {
    counts[route].errors += 1;
    if (errorExamples.length < 5) errorExamples.push(`${route} ${error.message}`);
  }
  return null;
}

function percentile(sorted, p) {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** The cheapest route, twice a second: how long any request waits for the event loop and the CPU. */
async function healthProbe(until) {
  while (performance.now() < until) {
    await timed("health", `${BASE}/api/health`, {});
    await sleep(500);
  }
}

async function poller(cookie, until, offsetMs) {
  await sleep(offsetMs);
  while (performance.now() < until) {
    const started = performance.now();
    await timed("list", `${BASE}/api/tasks?limit=24`, { headers: { cookie } });
    await sleep(Math.max(0, POLL_EVERY_MS - (performance.now() - started)));
  }
}

async function submitter(cookies, until, ids) {
  const every = 1000 / SUBMITS_PER_SECOND;
  const inflight = [];
  let n = 0;
  const start = performance.now();
  while (performance.now() < until) {
    const cookie = cookies[n % cookies.length];
    const body = {
      prompt: `load bench #${n} a lighthouse at dusk`,
      idempotencyKey: `load-${n}-${Date.now()}`,
    };
    inflight.push(
      timed("submit", `${BASE}/api/tasks`, {
        method: "POST",
        headers: { "content-type": "application/json", cookie, origin: BASE },
        body: JSON.stringify(body),
      }).then((task) => task && ids.push(task.id)),
    );
    n += 1;
    // Fixed schedule: a slow answer never delays the next submit (open-loop load, like independent users).
    await sleep(Math.max(0, start + n * every - performance.now()));
  }
  await Promise.all(inflight);
  return n;
}

async function waitAllFinished(cookie, ids) {
  const pending = new Set(ids);
  const states = new Map();
  const deadline = Date.now() + FINISH_TIMEOUT_MS;
  while (pending.size && Date.now() < deadline) {
    for (const id of [...pending]) {
      const res = await fetch(`${BASE}/api/tasks/${id}`, { headers: { cookie } });
      if (!res.ok) continue;
      const task = await res.json();
      if (TERMINAL.has(task.status) && (task.status !== "succeeded" || task.image)) {
        pending.delete(id);
        states.set(id, task.status);
      }
    }
    if (pending.size) await sleep(1000);
  }
  return states;
}

// ---- run -------------------------------------------------------------------------------------------------------

rmSync(DATA_DIR, { recursive: true, force: true });
// The studio runs in its own process group; an interrupted bench takes it down too.
for (const signal of ["SIGINT", "SIGTERM"])
  process.on(signal, () => {
    process.kill(-studio.pid, "SIGKILL");
    process.exit(130);
  });
const studio = spawn("node", ["scripts/start.mjs", "--no-build"], {
  detached: true,
  stdio: ["ignore", "ignore", "inherit"],
  env: {
    ...process.env,
    PORT: String(PORT),
    DATA_DIR,
    DATABASE_URL: `file:./${DATA_DIR}/studio.db`,
    SIM_API_KEY,
    // 5 submits/s × 15 s per task ≈ 75 running at once: room for all of them, none refused as "queue full".
    SIM_CONCURRENCY: "500",
    SIM_QUEUE_SIZE: "2000",
  },
});
try {
  await waitHealthy();
  const cookies = await setUpMembers();
  const serverPid = findServerPid(studio.pid);
  // One warm-up read and submit so first-request compilation is not in the figures.
  await fetch(`${BASE}/api/tasks?limit=24`, { headers: { cookie: cookies[0] } });
  const ids = [];
  const cpuStart = cpuTicks(serverPid);
  const machineStart = machineTicks();
  const benchStart = process.cpuUsage();
  const wallStart = performance.now();
  const until = wallStart + LOAD_SECONDS * 1000;
  const pollers = Array.from({ length: POLLERS }, (_, i) =>
    poller(cookies[i % cookies.length], until, (i * POLL_EVERY_MS) / POLLERS),
  );
  const [submitted] = await Promise.all([
    SUBMITS_PER_SECOND > 0 ? submitter(cookies, until, ids) : 0,
    healthProbe(until),
    ...pollers,
  ]);
  const cpuLoad = cpuTicks(serverPid) - cpuStart;
  const loadWallS = (performance.now() - wallStart) / 1000;
  const states = await waitAllFinished(cookies[0], ids);
  const cpuAll = cpuTicks(serverPid) - cpuStart;
  const machineEnd = machineTicks();
  const benchCpu = process.cpuUsage(benchStart);
  const allWallS = (performance.now() - wallStart) / 1000;
  const hwmKb = statusField(serverPid, "VmHWM");

  const cores = os.cpus().length;
  const pct = (ticks, s) => (ticks / CLOCK_TICKS / s) * 100;
  console.log(
    `\n${new Date().toISOString()}  ${os.cpus()[0].model}, ${cores} cores, node ${process.version}`,
  );
  console.log(
    `load: ${POLLERS} pollers every ${POLL_EVERY_MS} ms + ${SUBMITS_PER_SECOND} submits/s for ${LOAD_SECONDS} s`,
  );
  console.log("route | requests | errors | p50 ms | p95 ms | p99 ms | max ms");
  for (const route of Object.keys(ROUTES)) {
    const sorted = [...samples[route]].sort((a, b) => a - b);
    const f = (p) => percentile(sorted, p).toFixed(0);
    console.log(
      `${ROUTES[route]} | ${counts[route].ok + counts[route].errors} | ${counts[route].errors} | ${f(50)} | ${f(95)} | ${f(99)} | ${(sorted.at(-1) ?? NaN).toFixed(0)}`,
    );
  }
  const byStatus = {};
  for (const s of states.values()) byStatus[s] = (byStatus[s] ?? 0) + 1;
  console.log(
    `tasks: ${states.size} finished of ${ids.length} accepted (${submitted} submitted) ${JSON.stringify(byStatus)}; all finished ${allWallS.toFixed(0)} s after the load started`,
  );
  console.log(
    `Next server CPU: during the load ${pct(cpuLoad, loadWallS).toFixed(0)}% of one core (${(pct(cpuLoad, loadWallS) / cores).toFixed(0)}% of the machine); ` +
      `load + drain ${pct(cpuAll, allWallS).toFixed(0)}% of one core (${(pct(cpuAll, allWallS) / cores).toFixed(0)}% of the machine)`,
  );
  const machineBusyTicks = machineEnd.busy - machineStart.busy;
  const benchTicks = ((benchCpu.user + benchCpu.system) / 1e6) * CLOCK_TICKS;
  const otherTicks = machineBusyTicks - cpuAll - benchTicks;
  console.log(
    `machine busy ${((machineBusyTicks / (machineEnd.total - machineStart.total)) * 100).toFixed(0)}% over load + drain; ` +
      `this bench's client ${pct(benchTicks, allWallS).toFixed(0)}% of one core, other processes ${pct(otherTicks, allWallS).toFixed(0)}% of one core; ` +
      `load average at the end ${os.loadavg()[0].toFixed(1)}`,
  );
  console.log(`Next server peak RSS (VmHWM): ${(hwmKb / 1024).toFixed(0)} MB`);
  if (errorExamples.length) console.log(`errors, first few:\n  ${errorExamples.join("\n  ")}`);
  if (counts.list.errors + counts.submit.errors + counts.health.errors > 0 || states.size < ids.length)
    process.exitCode = 1;
} finally {
  try {
    process.kill(-studio.pid, "SIGKILL");
  } catch {} // already gone (it failed to start)
}
