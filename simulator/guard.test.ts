import "server-only";

import { describe, expect, it } from "vitest";

import { hasSimulatorKey, isCrossSite, readCappedBody } from "./guard";
import { handleSimRequest } from "./router";
import { getSettings } from "./settings";
import { BASE, call, simHeaders, withTempSimulator } from "./test-http";

withTempSimulator();

const send = (path: string, init: RequestInit = {}) => handleSimRequest(new Request(`${BASE}${path}`, init));

describe("hasSimulatorKey", () => {
  const h = (init: Record<string, string>) => new Headers(init);
  it.each([
    [{ "mj-api-secret": "k1-secret" }, true],
    [{ authorization: "Bearer k1-secret" }, true],
    [{ authorization: "bearer   k1-secret" }, true],
    [{ authorization: "Bearer sk-k1-secret" }, true],
    [{ authorization: "k1-secret" }, true],
    [{ "mj-api-secret": "wrong", authorization: "Bearer k1-secret" }, true],
    [{ authorization: "Bearer k2-secret" }, false],
    [{ "mj-api-secret": "k1-secre" }, false],
    [{ "mj-api-secret": "k1-secret-and-more" }, false],
    [{}, false],
  ])("%o → %s", (headers, expected) => {
    expect(hasSimulatorKey(h(headers), "k1-secret")).toBe(expected);
  });

  it("an empty secret admits nobody", () => {
    expect(hasSimulatorKey(h({ "mj-api-secret": "" }), "")).toBe(false);
  });
});

describe("isCrossSite", () => {
  const req = (headers: Record<string, string>) => new Request(`${BASE}/__stats`, { headers });
  it.each([
    [{}, false],
    [{ "sec-fetch-site": "same-origin", origin: "http://127.0.0.1:3999" }, false],
    [
      { host: "studio.example.com", "x-forwarded-proto": "https", origin: "https://studio.example.com" },
      false,
    ],
    [{ "sec-fetch-site": "cross-site" }, true],
    [{ origin: "https://evil.example" }, true],
    [{ origin: "null" }, true],
    [{ host: "studio.example.com", origin: "https://studio.example.com.evil.example" }, true],
  ])("%o → %s", (headers, expected) => {
    expect(isCrossSite(req(headers))).toBe(expected);
  });
});

describe("the simulator guard over HTTP", () => {
  it.each([
    ["GET", "/mj/task/list"],
    ["POST", "/mj/submit/imagine"],
    ["GET", "/__stats"],
    ["GET", "/__control"],
    ["POST", "/__control"],
    ["POST", "/__reset"],
    ["GET", "/__masks/123"],
  ])("%s %s without the key → 401 JSON", async (method, path) => {
    const res = await send(path, {
      method,
      headers: { "content-type": "application/json" },
      ...(method === "POST" ? { body: "{}" } : {}),
    });
    expect(res.status).toBe(401);
    expect(res.headers.get("content-type")).toMatch(/application\/json/);
  });

  it("a wrong key is refused like none", async () => {
    const res = await send("/mj/task/list", { headers: { "mj-api-secret": "sk-guess" } });
    expect(res.status).toBe(401);
  });

  it("the task list never shows the studio's callback URL (its notify token)", async () => {
    const hook = "http://127.0.0.1:3000/api/mj/notify?token=do-not-show";
    const submit = await call("POST", "/mj/submit/imagine", { prompt: "a fox", notifyHook: hook });
    expect(submit.json.code).toBe(1);
    const fetched = await call("GET", `/mj/task/${String(submit.json.result)}/fetch`);
    expect(fetched.json.properties).toMatchObject({ notifyHook: null });
    const list = await call("GET", "/mj/task/list");
    expect(list.status).toBe(200);
    expect(list.text).not.toContain("do-not-show");
  });

  it("a cross-site text/plain form cannot switch the outage on, even with the key", async () => {
    const crossSite = await send("/__control", {
      method: "POST",
      headers: { ...simHeaders(), "content-type": "text/plain", "sec-fetch-site": "cross-site" },
      body: '{"outage":true}',
    });
    expect(crossSite.status).toBe(403);
    const otherOrigin = await send("/__control", {
      method: "POST",
      headers: { ...simHeaders(), "content-type": "application/json", origin: "https://evil.example" },
      body: '{"outage":true}',
    });
    expect(otherOrigin.status).toBe(403);
    const plain = await send("/__control", {
      method: "POST",
      headers: { ...simHeaders(), "content-type": "text/plain" },
      body: '{"outage":true}',
    });
    expect(plain.status).toBe(415);
    expect(getSettings().outage).toBe(false);
  });

  it("API bodies must be JSON; bodyless POSTs may omit the content type", async () => {
    const form = await send("/mj/submit/imagine", {
      method: "POST",
      headers: { ...simHeaders(), "content-type": "application/x-www-form-urlencoded" },
      body: "prompt=fox",
    });
    expect(form.status).toBe(415);
    const reset = await send("/__reset", { method: "POST", headers: simHeaders() });
    expect(reset.status).toBe(200);
  });

  it("caps bodies: 16 KB for control, 9 MB for the API → 413 JSON", async () => {
    const headers = { ...simHeaders(), "content-type": "application/json" };
    const control = await send("/__control", {
      method: "POST",
      headers,
      body: JSON.stringify({ remix: false, pad: "x".repeat(17 * 1024) }),
    });
    expect(control.status).toBe(413);
    expect(await control.json()).toMatchObject({ error: expect.stringContaining("larger") });
    const api = await send("/mj/submit/imagine", {
      method: "POST",
      headers,
      body: JSON.stringify({ prompt: "fox", base64Array: ["x".repeat(10 * 1024 * 1024)] }),
    });
    expect(api.status).toBe(413);
  });
});

describe("readCappedBody", () => {
  const streamOf = (chunks: number, size: number) =>
    new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < chunks; i++) controller.enqueue(new Uint8Array(size).fill(120));
        controller.close();
      },
    });
  const chunked = (body: ReadableStream<Uint8Array>) =>
    new Request(`${BASE}/__control`, { method: "POST", body, duplex: "half" } as RequestInit);

  it("counts a body that declares no length", async () => {
    const read = await readCappedBody(chunked(streamOf(5, 1024)), 4 * 1024);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.response.status).toBe(413);
  });

  it("does not trust a Content-Length that understates the body", async () => {
    const request = new Request(`${BASE}/__control`, {
      method: "POST",
      body: "y".repeat(5000),
      headers: { "content-length": "10" },
    });
    expect((await readCappedBody(request, 4096)).ok).toBe(false);
  });

  it("returns a body within the limit", async () => {
    const read = await readCappedBody(chunked(streamOf(2, 1024)), 4 * 1024);
    expect(read).toEqual({ ok: true, text: "x".repeat(2048) });
  });
});
