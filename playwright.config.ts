import { defineConfig, devices } from "@playwright/test";

import { chromiumLaunchOptions } from "./e2e/chromium.mjs";
import { ADMIN_STATE } from "./e2e/helpers/auth";
import { assertE2eDatabaseIsLocal } from "./e2e/local-database.mjs";

// The e2e suite runs the production build against the built-in simulator with a short task duration,
// on its own port, database and data folder (never the developer's ./data).
const PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_DATA_DIR = "e2e/.artifacts/data";
/** The built-in simulator's base URL, the upstream the e2e server uses (its notify token is derived from it). */
export const E2E_SIM_BASE = `http://127.0.0.1:${PORT}/sim`;
export const E2E_API_KEY = "sk-e2e-upstream-key-must-never-leak";
const E2E_DATABASE_URL = `file:./${E2E_DATA_DIR}/studio.db`;
/** True when `--project scale-out` is the only project asked for (that run needs no main e2e server). */
function onlyScaleOutSelected(argv: string[]): boolean {
  const selected = argv.flatMap((arg, i) =>
    arg.startsWith("--project=")
      ? [arg.slice("--project=".length)]
      : arg === "--project"
        ? [argv[i + 1] ?? ""]
        : [],
  );
  return selected.length > 0 && selected.every((name) => name === "scale-out");
}

// The suite wipes this data: refuse before starting anything if it is not the suite's own local SQLite copy.
assertE2eDatabaseIsLocal({ dataDir: E2E_DATA_DIR, databaseUrl: E2E_DATABASE_URL, root: process.cwd() });

const config = defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 90_000,
  expect: { timeout: 20_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "on-first-retry",
    screenshot: "only-on-failure",
    launchOptions: chromiumLaunchOptions,
  },
  projects: [
    // Creates the first admin on the fresh database and saves the session every other project starts with.
    { name: "setup", testMatch: /auth\.setup\.ts/ },
    {
      name: "api",
      testMatch: /api\/.*\.spec\.ts/,
      dependencies: ["setup"],
      use: { storageState: ADMIN_STATE },
    },
    {
      name: "desktop",
      testMatch: /ui\/.*\.spec\.ts/,
      dependencies: ["setup"],
      use: {
        ...devices["Desktop Chrome"],
        viewport: { width: 1280, height: 800 },
        launchOptions: chromiumLaunchOptions,
        storageState: ADMIN_STATE,
      },
    },
    {
      name: "phone",
      testMatch: /ui\/.*\.spec\.ts/,
      dependencies: ["setup"],
      use: {
        ...devices["Pixel 7"],
        viewport: { width: 390, height: 844 },
        hasTouch: true,
        isMobile: true,
        launchOptions: chromiumLaunchOptions,
        storageState: ADMIN_STATE,
      },
    },
    {
      // Issue 11's two-instance layout (PostgreSQL, s3rver, a standalone simulator, instances A and B) on ports
      // 3140–3142, with studios of its own: it needs nothing from the setup project or the main server. Skips
      // itself without TEST_DATABASE_URL. Listed last, so a full run reaches it after the others.
      name: "scale-out",
      testMatch: /scale-out\/.*\.spec\.ts/,
      use: {
        ...devices["Desktop Chrome"],
        viewport: { width: 1280, height: 800 },
        launchOptions: chromiumLaunchOptions,
      },
    },
  ],
  webServer: {
    command: "node e2e/reset-data.mjs && node scripts/start.mjs --no-build",
    url: `http://127.0.0.1:${PORT}/api/health`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
    stdout: "ignore",
    stderr: "pipe",
    env: {
      PORT: String(PORT),
      DATA_DIR: E2E_DATA_DIR,
      DATABASE_URL: E2E_DATABASE_URL,
      SIM_DURATION_MS: "2500",
      TRACKER_INTERVAL_MS: "400",
      SIM_IMAGE_TTL_SECONDS: "3600",
      // The simulator demands a key like a real proxy; e2e/api/secrets.spec.ts checks it never leaks.
      MJ_API_KEY: E2E_API_KEY,
      SIM_API_KEY: E2E_API_KEY,
      // The studio's own public origin: style/character/omni references fall back to signed links under it when
      // the upstream cannot upload images (e2e/ui/references.spec.ts switches the simulator's upload off).
      STUDIO_PUBLIC_URL: `http://127.0.0.1:${PORT}`,
    },
  },
});
// The scale-out project starts its own studios (e2e/helpers/scale-out-cluster.ts) and never talks to the main e2e
// server: a run of that project alone does not start it.
if (onlyScaleOutSelected(process.argv)) delete config.webServer;
export default config;
