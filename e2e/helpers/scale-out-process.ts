// One studio process of the scale-out run (`scripts/start.mjs --no-build`), started detached in its own process
// group so a hard kill takes `next start` with it, like a machine dying. Its output goes to a log file beside its
// data folder, for reading when a spec fails.
import { expect, request as playwrightRequest } from "@playwright/test";
import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync, openSync, readdirSync, rmSync, statSync } from "node:fs";
import path from "node:path";

export const SCALE_OUT_DIR = "e2e/.artifacts/scale-out";

// Settings of the developer's shell or of the main e2e server that must not leak into a scale-out process: each
// process gets exactly the database, storage and upstream the harness chooses.
const INHERITED_BUT_CHOSEN_HERE = [
  "DATABASE_URL",
  "DATA_DIR",
  "STUDIO_SECRET",
  "MJ_API_BASE",
  "MJ_API_KEY",
  "MJ_NOTIFY_BASE",
  "SIM_API_KEY",
  "TRUST_PROXY",
];

export interface StudioProcess {
  name: string;
  baseURL: string;
  dataDir: string;
  start(): void;
  /** SIGKILL to the whole process group: no shutdown hook runs, connections drop as in a crash. */
  kill(): void;
  waitHealthy(timeoutMs?: number): Promise<void>;
  /** Files anywhere under the data folder whose names look like images. */
  imageFiles(): string[];
}

function childEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const base: NodeJS.ProcessEnv = { ...process.env };
  for (const name of INHERITED_BUT_CHOSEN_HERE) delete base[name];
  for (const name of Object.keys(base)) if (name.startsWith("S3_")) delete base[name];
  return { ...base, ...env };
}

function filesUnder(dir: string): string[] {
  let found: string[] = [];
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return found;
  }
  for (const entry of entries) {
    const full = path.join(dir, entry);
    found = statSync(full).isDirectory() ? found.concat(filesUnder(full)) : found.concat(full);
  }
  return found;
}

/** `env` must hold everything the process needs (DATABASE_URL, upstream, storage); PORT and DATA_DIR are set here. */
export function studioProcess(name: string, port: number, env: Record<string, string>): StudioProcess {
  const baseURL = `http://127.0.0.1:${port}`;
  const dataDir = `${SCALE_OUT_DIR}/${name}`;
  let child: ChildProcess | null = null;
  return {
    name,
    baseURL,
    dataDir,
    start() {
      mkdirSync(SCALE_OUT_DIR, { recursive: true });
      const log = openSync(`${SCALE_OUT_DIR}/${name}.log`, "a");
      child = spawn("node", ["scripts/start.mjs", "--no-build"], {
        detached: true,
        stdio: ["ignore", log, log],
        env: childEnv({ PORT: String(port), DATA_DIR: dataDir, ...env }),
      });
    },
    kill() {
      const pid = child?.pid;
      child = null;
      if (!pid) return;
      try {
        process.kill(-pid, "SIGKILL");
      } catch {
        // Already gone.
      }
    },
    async waitHealthy(timeoutMs = 90_000) {
      const api = await playwrightRequest.newContext({ baseURL });
      try {
        await expect
          .poll(async () => (await api.get("/api/health").catch(() => null))?.status() ?? 0, {
            message: `${name} (${baseURL}) answers /api/health; see ${SCALE_OUT_DIR}/${name}.log`,
            timeout: timeoutMs,
            intervals: [500],
          })
          .toBe(200);
      } finally {
        await api.dispose();
      }
    },
    imageFiles: () => filesUnder(dataDir).filter((file) => /\.(png|jpe?g|webp|gif|avif)$/i.test(file)),
  };
}

/** Empties the run's folder (data folders and logs of the previous run). */
export function wipeScaleOutDir(): void {
  rmSync(SCALE_OUT_DIR, { recursive: true, force: true });
}
