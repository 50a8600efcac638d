// The two-instance layout of issue 11, on one machine: one PostgreSQL database and one s3rver bucket of the run's
// own, a standalone simulator (a studio on SQLite whose built-in simulator is the upstream), and studio instances
// A and B sharing the database, the bucket and STUDIO_SECRET, each reaching the simulator through a counting relay.
import { type APIRequestContext, expect, request as playwrightRequest } from "@playwright/test";
import { randomBytes } from "node:crypto";

import { ensureAdmin } from "./auth";
import { runsTracker } from "./scale-out-api";
import { type RunBucket, startRunBucket } from "./scale-out-bucket";
import { createRunDatabase, type RunDatabase } from "./scale-out-database";
import { SCALE_OUT_DIR, type StudioProcess, studioProcess, wipeScaleOutDir } from "./scale-out-process";
import { startUpstreamRelay, type UpstreamRelay } from "./upstream-relay";

export const SIM_PORT = 3140;
export const PORT_A = 3141;
export const PORT_B = 3142;
/** The instances' tracker interval: the shortest gap between two passes of one tracker. */
export const TRACKER_INTERVAL_MS = 400;
/** How long a simulated job runs: long enough to watch progress and to kill a leader mid-job. */
export const SIM_DURATION_MS = 8_000;

export interface SimCounters {
  requests: Record<string, number>;
  submits: number;
  total: number;
}

export interface ScaleOut {
  database: RunDatabase;
  bucket: RunBucket;
  sim: StudioProcess;
  a: StudioProcess;
  b: StudioProcess;
  relayA: UpstreamRelay;
  relayB: UpstreamRelay;
  /** The first admin, signed in (its session works on both instances). */
  admin: APIRequestContext;
  /** The simulator's own request counters (every instance's calls together). */
  simStats(): Promise<SimCounters>;
  teardown(): Promise<void>;
}

/** Reads (batched or single) in the simulator's counters. */
export function simReads(stats: SimCounters): number {
  return (
    (stats.requests["POST /mj/task/list-by-condition"] ?? 0) +
    (stats.requests["GET /mj/task/{id}/fetch"] ?? 0)
  );
}

export async function startScaleOut(serverUrl: string): Promise<ScaleOut> {
  wipeScaleOutDir();
  const simKey = `sim-${randomBytes(16).toString("hex")}`;
  const studioSecret = randomBytes(32).toString("base64url");
  const cleanups: (() => unknown)[] = [];
  const teardown = async () => {
    const steps = cleanups.splice(0).reverse();
    for (const step of steps) await Promise.resolve(step()).catch(() => undefined);
  };
  try {
    const database = await createRunDatabase(serverUrl);
    cleanups.push(() => database.drop());
    const bucket = await startRunBucket();
    cleanups.push(() => bucket.close());

    const sim = studioProcess("simulator", SIM_PORT, {
      DATABASE_URL: `file:./${SCALE_OUT_DIR}/simulator/studio.db`,
      SIM_API_KEY: simKey,
      MJ_API_KEY: simKey,
      SIM_DURATION_MS: String(SIM_DURATION_MS),
      // Room for every task the specs keep in flight at once, as a real account's queue would have.
      SIM_CONCURRENCY: "12",
      SIM_QUEUE_SIZE: "50",
      // B asks for callbacks (below); the standalone simulator may send them there and nowhere else.
      SIM_NOTIFY_ORIGINS: `http://127.0.0.1:${PORT_B}`,
    });
    cleanups.push(() => sim.kill());
    const relayA = await startUpstreamRelay(SIM_PORT);
    cleanups.push(() => relayA.close());
    const relayB = await startUpstreamRelay(SIM_PORT);
    cleanups.push(() => relayB.close());

    const instanceEnv = (relay: UpstreamRelay): Record<string, string> => ({
      DATABASE_URL: database.url,
      ...bucket.env,
      STUDIO_SECRET: studioSecret,
      MJ_API_BASE: relay.apiBase,
      MJ_API_KEY: simKey,
      // The relays and the simulator are all 127.0.0.1, on other ports than the API base's: allow its images.
      MJ_IMAGE_PRIVATE_HOSTS: "127.0.0.1",
      TRACKER_INTERVAL_MS: String(TRACKER_INTERVAL_MS),
    });
    const a = studioProcess("a", PORT_A, instanceEnv(relayA));
    cleanups.push(() => a.kill());
    // Only B hands the upstream a notifyHook (its own): callbacks then reach an instance that is NOT the leader,
    // while A's submits stay callback-free so the read counts of the other specs stay exact.
    const b = studioProcess("b", PORT_B, {
      ...instanceEnv(relayB),
      MJ_NOTIFY_BASE: `http://127.0.0.1:${PORT_B}`,
    });
    cleanups.push(() => b.kill());

    // A starts first and is the tracker's leader before B exists, so killing A later really hands the tracker over.
    sim.start();
    a.start();
    await Promise.all([sim.waitHealthy(), a.waitHealthy()]);
    const admin = await playwrightRequest.newContext({ baseURL: a.baseURL });
    cleanups.push(() => admin.dispose());
    await ensureAdmin(admin);
    await expect.poll(() => runsTracker(admin, a.baseURL), { message: "A leads the tracker" }).toBe(true);
    b.start();
    await b.waitHealthy();

    const simApi = await playwrightRequest.newContext({
      baseURL: sim.baseURL,
      extraHTTPHeaders: { "mj-api-secret": simKey },
    });
    cleanups.push(() => simApi.dispose());
    const simStats = async () => {
      const res = await simApi.get("/sim/__stats");
      expect(res.status(), await res.text()).toBe(200);
      return (await res.json()) as SimCounters;
    };
    return { database, bucket, sim, a, b, relayA, relayB, admin, simStats, teardown };
  } catch (error) {
    await teardown();
    throw error;
  }
}
