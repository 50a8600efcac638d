import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";

import { fileSecret, installSecret, simulatorSecret } from "./secret";

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
  Object.assign(h.env, { DATA_DIR: dir, SIM_API_KEY: undefined, DATABASE_URL: "file:./data/studio.db" });
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

describe("installSecret", () => {
  const STUDIO_SECRET = "a-studio-secret-of-at-least-32-characters";

  it("with SQLite: the DATA_DIR file, as before (tokens already handed out keep verifying)", () => {
    const secret = installSecret("notify-secret", 24);
    expect(readFileSync(path.join(dir, "notify-secret"), "utf8")).toBe(secret);
  });

  it("with PostgreSQL: derived from STUDIO_SECRET, the same on every instance, one per purpose, no file", () => {
    Object.assign(h.env, { DATABASE_URL: "postgresql://studio@db/studio", STUDIO_SECRET });
    const notify = installSecret("notify-secret", 24);
    // Another instance: its own DATA_DIR, the same STUDIO_SECRET.
    h.env.DATA_DIR = path.join(root, "other-instance");
    expect(installSecret("notify-secret", 24)).toBe(notify);
    expect(installSecret("sim-secret", 32)).not.toBe(notify);
    expect(notify).not.toContain(STUDIO_SECRET);
    expect(() => readFileSync(path.join(dir, "notify-secret"))).toThrow();
    h.env.STUDIO_SECRET = "another-studio-secret-of-32-characters!";
    expect(installSecret("notify-secret", 24)).not.toBe(notify);
  });

  it("with PostgreSQL and no STUDIO_SECRET: refuses rather than let instances disagree", () => {
    h.env.DATABASE_URL = "postgres://studio@db/studio";
    expect(() => installSecret("notify-secret", 24)).toThrow(/STUDIO_SECRET is required/);
  });
});
