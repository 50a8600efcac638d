import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

import { startMockUpstream, type MockUpstream, type Reply } from "@/lib/server/mj/__fixtures__/mock-upstream";
import type { UpstreamConfig } from "@/lib/server/mj/config";

import { testUpstreamConnection } from "./test-connection";

vi.mock("@/env.mjs", () => import("@/lib/server/mj/__fixtures__/env"));

const KEY = "sk-probe-secret-123456";
let up: MockUpstream;

beforeAll(async () => {
  up = await startMockUpstream();
});
afterAll(() => up.close());
beforeEach(() => {
  up.requests.length = 0;
});

function config(overrides: Partial<UpstreamConfig> = {}): UpstreamConfig {
  return {
    baseUrl: up.url,
    apiKey: KEY,
    authStyle: "mj-api-secret",
    mode: "none",
    timeoutMs: 2000,
    simulator: false,
    ...overrides,
  };
}

const reply = (r: Reply) => up.setHandler(() => r);

describe("testUpstreamConnection", () => {
  it.each<[string, Reply]>([
    ["OSS empty 200", { status: 200 }],
    ["TRUE 204", { status: 204 }],
    [
      "AGG 400 task_no_found",
      { status: 400, body: { description: "task_no_found ", type: "upstream_error", code: 4 } },
    ],
    ["404 with code 3", { status: 404, body: { code: 3, description: "任务不存在", result: null } }],
  ])("%s → ok, with latency, read-only probe and the key header", async (_name, r) => {
    reply(r);
    const result = await testUpstreamConnection(config());
    expect(result).toMatchObject({ ok: true, stage: "done", reason: "ok", httpStatus: r.status });
    expect(result.latencyMs).toBeGreaterThanOrEqual(0);
    expect(up.requests[0]).toMatchObject({ method: "GET", url: "/mj/task/0000000000000000/fetch" });
    expect(up.requests[0]?.headers["mj-api-secret"]).toBe(KEY);
  });

  it.each<[string, Reply, string, string]>([
    ["401 with a key", { status: 401 }, "auth", "key_refused"],
    [
      "403 aggregator error",
      { status: 403, body: { error: { message: "bad", type: "new_api_error" } } },
      "auth",
      "key_refused",
    ],
    ["HTML page", { status: 200, body: "<html><title>Welcome</title></html>" }, "http", "not_json"],
    ["HTML 404", { status: 404, body: "<!doctype html><h1>404</h1>" }, "http", "not_json"],
    ["route missing", { status: 404 }, "http", "no_api"],
    [
      "redirect",
      { status: 301, headers: { location: "https://elsewhere.test/x?token=abc" } },
      "http",
      "redirect",
    ],
    ["bad gateway", { status: 502, body: "Bad Gateway" }, "http", "server_error"],
    [
      "rate limited",
      { status: 429, body: { description: "slow down", type: "upstream_error", code: 30 } },
      "http",
      "rate_limited",
    ],
  ])("%s → %s / %s", async (_name, r, stage, reason) => {
    reply(r);
    const result = await testUpstreamConnection(config());
    expect(result).toMatchObject({ ok: false, stage, reason, httpStatus: r.status });
    expect(result.message).not.toBe("");
  });

  it("names a missing key when the server wants one and none is configured", async () => {
    reply({ status: 401 });
    expect((await testUpstreamConnection(config({ apiKey: undefined }))).reason).toBe("key_missing");
  });

  it("does not follow redirects and reports only origin + path of the target", async () => {
    reply({ status: 302, headers: { location: "https://elsewhere.test/mj?token=abc" } });
    const result = await testUpstreamConnection(config());
    expect(result.detail).toBe("https://elsewhere.test/mj");
    expect(up.requests).toHaveLength(1);
  });

  it("sends Bearer auth when asked to", async () => {
    reply({ status: 204 });
    await testUpstreamConnection(config({ authStyle: "bearer" }));
    expect(up.requests[0]?.headers.authorization).toBe(`Bearer ${KEY}`);
  });

  it("checks the speed-mode prefix submits will use", async () => {
    up.setHandler((req) => (req.url.startsWith("/mj-fast/") ? { status: 404 } : { status: 204 }));
    const result = await testUpstreamConnection(config({ mode: "fast" }));
    expect(result).toMatchObject({ ok: false, stage: "mode", reason: "mode_prefix" });
    expect(up.requests.map((r) => r.url)).toEqual([
      "/mj/task/0000000000000000/fetch",
      "/mj-fast/mj/task/0000000000000000/fetch",
    ]);
    up.setHandler(() => ({ status: 204 }));
    expect((await testUpstreamConnection(config({ mode: "fast" }))).ok).toBe(true);
  });

  it("never echoes the key, even when the upstream does", async () => {
    reply({ status: 200, body: `<html><title>key ${KEY}</title></html>` });
    const result = await testUpstreamConnection(config());
    expect(JSON.stringify(result)).not.toContain(KEY);
  });

  it.each<[string, Reply]>([
    ["an HTML page", { status: 200, body: "<html><title>REMOTE-WORDS</title>REMOTE-WORDS</html>" }],
    ["a 500 with terminal escapes", { status: 500, body: "REMOTE-WORDS\u0000\u001b[31m\u0007 boom" }],
    ["a JSON error", { status: 400, body: { description: "REMOTE-WORDS", code: 99 } }],
    ["a rate limit", { status: 429, body: { description: "REMOTE-WORDS", code: 30 } }],
  ])("never echoes the remote body: %s", async (_name, r) => {
    reply(r);
    const result = await testUpstreamConnection(config());
    const text = JSON.stringify(result);
    expect(text).not.toContain("REMOTE-WORDS");
    expect(text).not.toMatch(/\\u00[01]/);
    expect(result.detail).toBeNull();
    expect(result.message).toMatch(/\w+ \w+/);
  });

  it("says in words when it tested without the saved key", async () => {
    reply({ status: 401 });
    const result = await testUpstreamConnection(config({ apiKey: undefined }), { keyWithheld: true });
    expect(result).toMatchObject({ reason: "key_missing", keyWithheld: true });
    expect(result.message).toContain("Tested without a key");
    expect(up.requests[0]?.headers["mj-api-secret"]).toBeUndefined();
    expect(up.requests[0]?.headers.authorization).toBeUndefined();
  });

  it("times out instead of hanging", async () => {
    reply({ status: 204, delayMs: 1500 });
    const result = await testUpstreamConnection(config({ timeoutMs: 200 }));
    expect(result).toMatchObject({ ok: false, stage: "connect", reason: "timeout", latencyMs: null });
  });

  it("reports connection refused and unknown hosts", async () => {
    const closed = await unusedPort();
    expect((await testUpstreamConnection(config({ baseUrl: `http://127.0.0.1:${closed}` }))).reason).toBe(
      "refused",
    );
    const dns = await testUpstreamConnection(config({ baseUrl: "http://no-such-host.invalid" }));
    expect(dns).toMatchObject({ stage: "connect" });
    expect(["dns", "network"]).toContain(dns.reason);
  });

  it("rejects a base URL that is not http(s)", async () => {
    const result = await testUpstreamConnection(config({ baseUrl: "ftp://x.test" }));
    expect(result).toMatchObject({ ok: false, stage: "config", reason: "bad_url" });
  });
});

async function unusedPort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}
