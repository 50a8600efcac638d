// A second studio on its own port and data folder, for specs that must kill and restart a server mid-test
// (the main e2e server stays up for everyone else).
import { expect, request as playwrightRequest } from "@playwright/test";
import { type ChildProcess, spawn } from "node:child_process";
import { rmSync } from "node:fs";

export interface SecondStudio {
  baseURL: string;
  /** Empties the data folder: the next start is a fresh install. */
  wipe(): void;
  start(): ChildProcess;
  /** A hard kill, like a crash. */
  stop(child: ChildProcess): void;
  waitHealthy(): Promise<void>;
}

export function secondStudio(port: number, dataDir: string, env: Record<string, string>): SecondStudio {
  const baseURL = `http://127.0.0.1:${port}`;
  return {
    baseURL,
    wipe: () => rmSync(dataDir, { recursive: true, force: true }),
    start: () =>
      spawn("node", ["scripts/start.mjs", "--no-build"], {
        detached: true,
        stdio: "ignore",
        env: {
          ...process.env,
          PORT: String(port),
          DATA_DIR: dataDir,
          DATABASE_URL: `file:./${dataDir}/studio.db`,
          ...env,
        },
      }),
    stop: (child) => {
      if (child.pid) process.kill(-child.pid, "SIGKILL");
    },
    waitHealthy: async () => {
      const api = await playwrightRequest.newContext({ baseURL });
      await expect
        .poll(async () => (await api.get("/api/health").catch(() => null))?.status() ?? 0, {
          timeout: 60_000,
          intervals: [500],
        })
        .toBe(200);
      await api.dispose();
    },
  };
}
