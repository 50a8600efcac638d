import { beforeEach, describe, expect, it, vi } from "vitest";

import { env, resetEnv } from "./__fixtures__/env";
import { getUpstreamConfig, normaliseBaseUrl } from "./config";

vi.mock("@/env.mjs", () => import("./__fixtures__/env"));
// simulatorSecret() without SIM_API_KEY would write DATA_DIR/sim-secret; its file handling has its own test.
vi.mock("@/lib/server/secret", async () => {
  const fixture = await import("./__fixtures__/env");
  return { simulatorSecret: () => fixture.env.SIM_API_KEY ?? "generated-sim-secret" };
});

beforeEach(() => resetEnv());

describe("getUpstreamConfig", () => {
  it("MJ_API_BASE unset → the built-in simulator on this studio's port", () => {
    resetEnv({ PORT: 4321, SIM_API_KEY: "sim-key" });
    expect(getUpstreamConfig()).toEqual({
      baseUrl: "http://127.0.0.1:4321/sim",
      apiKey: "sim-key",
      authStyle: "mj-api-secret",
      mode: "none",
      timeoutMs: 2000,
      simulator: true,
    });
    expect(getUpstreamConfig().simulator).toBe(true);
  });

  it("MJ_API_BASE set → real upstream with its key, style, mode and timeout", () => {
    resetEnv({
      MJ_API_BASE: "https://api.example.com/",
      MJ_API_KEY: "sk-1",
      SIM_API_KEY: "sim",
      MJ_AUTH_STYLE: "bearer",
      MJ_MODE: "fast",
      MJ_TIMEOUT_MS: 5000,
    });
    expect(getUpstreamConfig()).toEqual({
      baseUrl: "https://api.example.com",
      apiKey: "sk-1",
      authStyle: "bearer",
      mode: "fast",
      timeoutMs: 5000,
      simulator: false,
    });
    expect(getUpstreamConfig().simulator).toBe(false);
  });

  it("a real upstream never receives the simulator key; timeout 0 falls back to 30 s", () => {
    resetEnv({ MJ_API_BASE: "https://api.example.com", SIM_API_KEY: "sim", MJ_TIMEOUT_MS: 0 });
    expect(getUpstreamConfig().apiKey).toBeUndefined();
    expect(getUpstreamConfig().timeoutMs).toBe(30_000);
  });

  it("the simulator only ever gets its own secret, never MJ_API_KEY", () => {
    resetEnv({ MJ_API_KEY: "sk-real-upstream" });
    expect(getUpstreamConfig()).toMatchObject({ simulator: true, apiKey: "generated-sim-secret" });
    resetEnv({ MJ_API_KEY: "sk-real-upstream", SIM_API_KEY: "sim-key" });
    expect(getUpstreamConfig().apiKey).toBe("sim-key");
  });

  it("reads env on every call", () => {
    env.MJ_API_BASE = "http://a.test";
    expect(getUpstreamConfig().baseUrl).toBe("http://a.test");
    env.MJ_API_BASE = "http://b.test";
    expect(getUpstreamConfig().baseUrl).toBe("http://b.test");
  });
});

describe("normaliseBaseUrl", () => {
  it.each([
    ["https://x.test", "https://x.test"],
    ["https://x.test///", "https://x.test"],
    ["https://x.test/mj", "https://x.test"],
    ["https://x.test/mj/", "https://x.test"],
    ["https://x.test/api/MJ/", "https://x.test/api"],
    ["https://x.test/mjx", "https://x.test/mjx"],
    ["https://mj", "https://mj"],
    ["https://user:pw@x.test/v1/", "https://x.test/v1"],
  ])("%s → %s", (input, expected) => {
    expect(normaliseBaseUrl(input)).toBe(expected);
  });
});
