import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";

import { fileSecret, simulatorSecret } from "./secret";

const h = vi.hoisted(() => {
  const env: Record<string, unknown> = {};
  return { env };
});
vi.mock("@/env.mjs", () => ({ env: h.env }));

const root = mkdtempSync(path.join(os.tmpdir(), "secret-"));
let run = 0;
let dir = root;

beforeEach(() => {
  // A fresh folder per test: fileSecret caches per file, so a new path means a cold start.
  dir = path.join(root, String(run++));
  for (const k of Object.keys(h.env)) delete h.env[k];
  Object.assign(h.env, { DATA_DIR: dir, SIM_API_KEY: undefined });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("fileSecret", () => {
  it("creates the file once, readable by the owner only, and keeps returning it", () => {
    const first = fileSecret("sim-secret", 32);
    expect(first).toMatch(/^[\w-]{43}$/);
    const file = path.join(dir, "sim-secret");
    expect(readFileSync(file, "utf8")).toBe(first);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(fileSecret("sim-secret", 32)).toBe(first);
  });

  it("an existing file wins over a fresh secret (another process, or an earlier start, wrote it)", () => {
    fileSecret("warm-up", 8);
    writeFileSync(path.join(dir, "notify-secret"), "written-by-the-other-process\n");
    expect(fileSecret("notify-secret", 24)).toBe("written-by-the-other-process");
  });

  it("different names are different secrets", () => {
    expect(fileSecret("a-secret", 32)).not.toBe(fileSecret("b-secret", 32));
  });
});

describe("simulatorSecret", () => {
  it("SIM_API_KEY wins", () => {
    h.env.SIM_API_KEY = "sim-from-env";
    expect(simulatorSecret()).toBe("sim-from-env");
  });

  it("without SIM_API_KEY: generated into DATA_DIR/sim-secret", () => {
    const secret = simulatorSecret();
    expect(secret.length).toBeGreaterThanOrEqual(40);
    expect(readFileSync(path.join(dir, "sim-secret"), "utf8")).toBe(secret);
  });
});
