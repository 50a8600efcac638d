import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

import { localDiskStorage } from "@/lib/server/storage";
import type { ImageStorage } from "@/lib/server/storage";

import { storedRangeResponse } from "./video-route";

// The clip route's byte serving: streamed from local disk (a Range request reads only its part) and read whole
// from a backend without streams, with the same statuses and headers either way.
const root = mkdtempSync(path.join(os.tmpdir(), "mj-video-route-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const KEY = "tasks/t1/video-1-abc.mp4";
const BYTES = Buffer.from(Array.from({ length: 1000 }, (_, i) => i % 251));

/** Local disk, whose get() must not be used: a range is streamed, never read whole. */
async function disk(): Promise<ImageStorage> {
  const storage = localDiskStorage(root);
  await storage.put(KEY, BYTES);
  return { ...storage, get: () => Promise.reject(new Error("read whole instead of streamed")) };
}

/** The same disk without stream(): the whole-read path. */
async function wholeOnly(): Promise<ImageStorage> {
  const storage = localDiskStorage(root);
  await storage.put(KEY, BYTES);
  return {
    kind: storage.kind,
    put: (...a) => storage.put(...a),
    get: (key) => storage.get(key),
    remove: (key) => storage.remove(key),
  };
}

describe.each([
  ["streamed from disk", disk],
  ["read whole", wholeOnly],
])("stored clips, %s", (_name, make) => {
  it("answers the whole clip without a Range header, saying ranges are accepted", async () => {
    const res = await storedRangeResponse(await make(), KEY, null, null);
    expect(res?.status).toBe(200);
    expect(res?.headers.get("accept-ranges")).toBe("bytes");
    expect(res?.headers.get("content-type")).toBe("video/mp4");
    expect(res?.headers.get("content-length")).toBe("1000");
    expect(Buffer.from(await res!.arrayBuffer()).equals(BYTES)).toBe(true);
  });

  it("answers a range with exactly its bytes and a 206", async () => {
    const res = await storedRangeResponse(await make(), KEY, "bytes=100-199", "clip.mp4");
    expect(res?.status).toBe(206);
    expect(res?.headers.get("content-range")).toBe("bytes 100-199/1000");
    expect(res?.headers.get("content-length")).toBe("100");
    expect(res?.headers.get("content-disposition")).toBe('attachment; filename="clip.mp4"');
    expect(Buffer.from(await res!.arrayBuffer()).equals(BYTES.subarray(100, 200))).toBe(true);
  });

  it("answers an open and a suffix range to the end of the clip", async () => {
    const open = await storedRangeResponse(await make(), KEY, "bytes=990-", null);
    expect(open?.headers.get("content-range")).toBe("bytes 990-999/1000");
    expect(Buffer.from(await open!.arrayBuffer()).equals(BYTES.subarray(990))).toBe(true);
    const suffix = await storedRangeResponse(await make(), KEY, "bytes=-5", null);
    expect(suffix?.headers.get("content-range")).toBe("bytes 995-999/1000");
    expect(Buffer.from(await suffix!.arrayBuffer()).equals(BYTES.subarray(995))).toBe(true);
  });

  it("answers 416 past the end and null for a missing clip", async () => {
    const past = await storedRangeResponse(await make(), KEY, "bytes=1000-", null);
    expect(past?.status).toBe(416);
    expect(past?.headers.get("content-range")).toBe("bytes */1000");
    expect(await storedRangeResponse(await make(), "tasks/t1/video-2-none.mp4", null, null)).toBeNull();
  });
});
