import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

import { caught } from "./__fixtures__/caught";
import { resetEnv } from "./__fixtures__/env";
import { startMockUpstream, type MockUpstream } from "./__fixtures__/mock-upstream";
import { downloadVideo, getUpstreamCallCount } from "./index";
import { looksLikeMp4 } from "./videos";

vi.mock("@/env.mjs", () => import("./__fixtures__/env"));

const KEY = "vid-secret-key-9";
/** The first box of an MP4: size, "ftyp", major brand "isom", then filler standing in for the rest. */
const MP4 = Buffer.concat([
  Buffer.from([0, 0, 0, 16]),
  Buffer.from("ftypisom", "latin1"),
  Buffer.from([0, 0, 2, 0]),
  Buffer.alloc(64, 3),
]);
const MOV = Buffer.concat([Buffer.from([0, 0, 0, 16]), Buffer.from("ftypqt  ", "latin1"), Buffer.alloc(16)]);
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(32)]);
let api: MockUpstream;
let cdn: MockUpstream;

beforeAll(async () => {
  [api, cdn] = await Promise.all([startMockUpstream(), startMockUpstream()]);
});
afterAll(() => Promise.all([api.close(), cdn.close()]));
beforeEach(() => {
  resetEnv({ MJ_API_BASE: `${api.url}/mj`, MJ_API_KEY: KEY, MJ_IMAGE_PRIVATE_HOSTS: ["127.0.0.1"] });
  api.requests.length = 0;
  cdn.requests.length = 0;
});

describe("downloadVideo", () => {
  it("video/mp4 from a CDN: bytes untouched, no auth header, counted as 'GET video'", async () => {
    cdn.setHandler(() => ({ body: MP4, headers: { "content-type": "video/mp4" } }));
    const before = getUpstreamCallCount()["GET video"] ?? 0;
    const video = await downloadVideo(`${cdn.url}/video/9b3c/0.mp4`);
    expect(video.contentType).toBe("video/mp4");
    expect(video.bytes.equals(MP4)).toBe(true);
    expect(cdn.requests[0]?.headers.authorization).toBeUndefined();
    expect(getUpstreamCallCount()["GET video"]).toBe(before + 1);
  });

  it("a relative URL goes to the API server with its key; unlabelled mp4 bytes are accepted", async () => {
    api.setHandler(() => ({ body: MP4, headers: { "content-type": "application/octet-stream" } }));
    expect((await downloadVideo("/mj/video/1/0.mp4")).contentType).toBe("video/mp4");
    expect(api.requests[0]?.headers["mj-api-secret"] ?? api.requests[0]?.headers.authorization).toContain(
      KEY,
    );
  });

  it.each([
    ["a poster image", PNG, "image/png", /expected a video, got image\/png/],
    ["a QuickTime file", MOV, "video/quicktime", /expected a video, got video\/quicktime/],
    ["a .mov labelled octet-stream", MOV, "application/octet-stream", /expected a video/],
    ["an HTML error page", Buffer.from("<html>gone</html>"), "text/html", /expected a video, got text\/html/],
    ["junk labelled video/mp4", Buffer.from("not really a video"), "video/mp4", /expected a video/],
  ])("%s → bad_response", async (_name, body, type, message) => {
    cdn.setHandler(() => ({ body, headers: { "content-type": type } }));
    const e = await caught(downloadVideo(`${cdn.url}/x.mp4`));
    expect(e.kind).toBe("bad_response");
    expect(e.message).toMatch(message);
  });

  it("larger than the cap → bad_response naming the cap; an expired link → not_found", async () => {
    cdn.setHandler(() => ({ body: MP4, headers: { "content-type": "video/mp4" } }));
    expect((await caught(downloadVideo(`${cdn.url}/x.mp4`, { maxBytes: 20 }))).message).toContain(
      "video larger than 20 bytes",
    );
    cdn.setHandler(() => ({ status: 404 }));
    expect((await caught(downloadVideo(`${cdn.url}/x.mp4`))).message).toBe(
      "The video is no longer available upstream (HTTP 404)",
    );
  });

  it("a private address off the API origin is refused without connecting", async () => {
    resetEnv({ MJ_API_BASE: `${api.url}/mj`, MJ_API_KEY: KEY, MJ_IMAGE_PRIVATE_HOSTS: [] });
    const e = await caught(downloadVideo(`${cdn.url}/x.mp4`));
    expect(e.kind).toBe("validation");
    expect(e.message).toMatch(/video link points to a private network address/);
    expect(cdn.requests).toHaveLength(0);
  });
});

describe("looksLikeMp4", () => {
  it("wants an ftyp box that is not QuickTime", () => {
    expect(looksLikeMp4(MP4)).toBe(true);
    expect(looksLikeMp4(MOV)).toBe(false);
    expect(looksLikeMp4(PNG)).toBe(false);
    expect(looksLikeMp4(Buffer.alloc(4))).toBe(false);
  });
});
