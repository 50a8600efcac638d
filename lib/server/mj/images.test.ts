import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

import { caught } from "./__fixtures__/caught";
import { env, resetEnv } from "./__fixtures__/env";
import { startMockUpstream, type MockUpstream } from "./__fixtures__/mock-upstream";
import { downloadImage, getUpstreamCallCount } from "./index";

vi.mock("@/env.mjs", () => import("./__fixtures__/env"));

const KEY = "img-secret-key-9";
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(64, 7),
]);
let api: MockUpstream; // the MJ API server (same origin as MJ_API_BASE)
let cdn: MockUpstream; // a different origin (port), like cdn.discordapp.com

beforeAll(async () => {
  [api, cdn] = await Promise.all([startMockUpstream(), startMockUpstream()]);
});
afterAll(() => Promise.all([api.close(), cdn.close()]));
beforeEach(() => {
  // The mock "CDN" is on loopback too: allowed here, refused in "private network addresses" below.
  resetEnv({
    MJ_API_BASE: `${api.url}/mj`,
    MJ_API_KEY: KEY,
    MJ_AUTH_STYLE: "bearer",
    MJ_IMAGE_PRIVATE_HOSTS: ["127.0.0.1"],
  });
  api.requests.length = 0;
  cdn.requests.length = 0;
});

describe("downloadImage", () => {
  it("CDN (other origin): no auth header, bytes + content type, counted as 'GET image'", async () => {
    cdn.setHandler(() => ({ body: PNG, headers: { "content-type": "image/png" } }));
    const before = getUpstreamCallCount()["GET image"] ?? 0;
    const img = await downloadImage(`${cdn.url}/attachments/1/2/fox.png?ex=6728831f&is=1&hm=2&`);
    expect(img.contentType).toBe("image/png");
    expect(img.bytes.equals(PNG)).toBe(true);
    expect(cdn.requests[0]?.url).toBe("/attachments/1/2/fox.png?ex=6728831f&is=1&hm=2&");
    expect(cdn.requests[0]?.headers.authorization).toBeUndefined();
    expect(getUpstreamCallCount()["GET image"]).toBe(before + 1);
  });

  it("relative URL resolves against the API server and carries the auth header", async () => {
    api.setHandler(() => ({ body: PNG, headers: { "content-type": "image/webp" } }));
    const img = await downloadImage("/mj/image/1730621826053455");
    expect(api.requests[0]?.url).toBe("/mj/image/1730621826053455");
    expect(api.requests[0]?.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(img.contentType).toBe("image/webp");
  });

  it("a redirect from the API origin to a CDN drops the auth header on the CDN hop", async () => {
    env.MJ_AUTH_STYLE = "mj-api-secret";
    api.setHandler(() => ({ status: 302, headers: { location: `${cdn.url}/final.png` } }));
    cdn.setHandler(() => ({ body: PNG, headers: { "content-type": "image/png" } }));
    await downloadImage(`${api.url}/mj/image/1`);
    expect(api.requests[0]?.headers["mj-api-secret"]).toBe(KEY);
    expect(cdn.requests).toHaveLength(1);
    expect(cdn.requests[0]?.headers["mj-api-secret"]).toBeUndefined();
  });

  it("octet-stream with PNG magic is accepted as image/png; other octet-stream is not", async () => {
    cdn.setHandler(() => ({ body: PNG, headers: { "content-type": "application/octet-stream" } }));
    expect((await downloadImage(`${cdn.url}/x`)).contentType).toBe("image/png");
    cdn.setHandler(() => ({
      body: Buffer.from("not an image at all"),
      headers: { "content-type": "application/octet-stream" },
    }));
    expect((await caught(downloadImage(`${cdn.url}/x`))).kind).toBe("bad_response");
  });

  it("HTML instead of an image → bad_response", async () => {
    cdn.setHandler(() => ({
      body: "<html>This content is no longer available.</html>",
      headers: { "content-type": "text/html" },
    }));
    const e = await caught(downloadImage(`${cdn.url}/x.png`));
    expect(e.kind).toBe("bad_response");
    expect(e.message).toContain("text/html");
  });

  it("larger than maxBytes → bad_response, with and without Content-Length", async () => {
    cdn.setHandler(() => ({ body: PNG, headers: { "content-type": "image/png" } }));
    expect((await caught(downloadImage(`${cdn.url}/x`, { maxBytes: 10 }))).kind).toBe("bad_response");
    cdn.setHandler(() => ({
      body: PNG,
      headers: { "content-type": "image/png", "transfer-encoding": "chunked" },
    }));
    const e = await caught(downloadImage(`${cdn.url}/x`, { maxBytes: 10 }));
    expect(e.message).toContain("larger than 10 bytes");
  });

  it("expired link (404) → not_found; same-origin 401 → auth", async () => {
    cdn.setHandler(() => ({ status: 404 }));
    expect((await caught(downloadImage(`${cdn.url}/x`))).kind).toBe("not_found");
    api.setHandler(() => ({ status: 401 }));
    const e = await caught(downloadImage(`${api.url}/mj/image/1`));
    expect(e.kind).toBe("auth");
    expect(e.message).not.toContain(KEY);
  });

  it("slow image → timeout; non-http scheme → validation without any request", async () => {
    env.MJ_TIMEOUT_MS = 100;
    cdn.setHandler(() => ({ body: PNG, headers: { "content-type": "image/png" }, delayMs: 400 }));
    expect((await caught(downloadImage(`${cdn.url}/x`))).kind).toBe("timeout");
    expect((await caught(downloadImage("file:///etc/passwd"))).kind).toBe("validation");
    expect(cdn.requests).toHaveLength(1);
  });
});

describe("downloadImage and private network addresses", () => {
  const localhostUrl = (mock: MockUpstream) => mock.url.replace("127.0.0.1", "localhost");

  beforeEach(() => {
    env.MJ_IMAGE_PRIVATE_HOSTS = [];
  });

  it("refuses a loopback link on another origin than the API's, without connecting, and does not retry", async () => {
    cdn.setHandler(() => ({ body: PNG, headers: { "content-type": "image/png" } }));
    for (const url of [`${cdn.url}/x.png`, `${localhostUrl(cdn)}/x.png`]) {
      const e = await caught(downloadImage(url));
      expect(e.kind).toBe("validation");
      expect(e.message).toMatch(/private network address/);
    }
    expect(cdn.requests).toHaveLength(0);
  });

  it("refuses internal IP literals, metadata included, in every spelling", async () => {
    for (const url of [
      "http://169.254.169.254/latest/meta-data/",
      "http://0x7f.1/x.png",
      "http://[::1]/x.png",
      "http://[::ffff:10.0.0.1]/x.png",
      "http://0.0.0.0/x.png",
    ]) {
      expect((await caught(downloadImage(url))).message).toMatch(/private network address/);
    }
  });

  it("the API's own origin may be on loopback; a redirect from it to another loopback port is refused", async () => {
    api.setHandler(() => ({ body: PNG, headers: { "content-type": "image/png" } }));
    expect((await downloadImage(`${api.url}/mj/image/1`)).contentType).toBe("image/png");
    api.setHandler(() => ({ status: 302, headers: { location: `${cdn.url}/final.png` } }));
    expect((await caught(downloadImage(`${api.url}/mj/image/1`))).message).toMatch(/private network address/);
    expect(cdn.requests).toHaveLength(0);
  });

  it("MJ_IMAGE_PRIVATE_HOSTS lets a listed host through, resolved by name", async () => {
    env.MJ_IMAGE_PRIVATE_HOSTS = ["localhost"];
    cdn.setHandler(() => ({ body: PNG, headers: { "content-type": "image/png" } }));
    expect((await downloadImage(`${localhostUrl(cdn)}/x.png`)).bytes.equals(PNG)).toBe(true);
    expect((await caught(downloadImage(`${cdn.url}/x.png`))).kind).toBe("validation");
  });
});
