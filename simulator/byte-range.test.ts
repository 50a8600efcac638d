import "server-only";

import { describe, expect, it } from "vitest";

import { byteRangeResponse, parseRange } from "./byte-range";

const DATA = Uint8Array.from({ length: 100 }, (_, i) => i);

describe("parseRange", () => {
  it.each([
    ["bytes=0-9", { start: 0, end: 9 }],
    ["bytes=90-", { start: 90, end: 99 }],
    ["bytes=95-500", { start: 95, end: 99 }],
    ["bytes=-10", { start: 90, end: 99 }],
    ["bytes=-500", { start: 0, end: 99 }],
    [" bytes=3-3 ", { start: 3, end: 3 }],
  ])("%s → %o", (header, range) => {
    expect(parseRange(header, DATA.length)).toEqual(range);
  });

  it.each(["bytes=100-", "bytes=250-300", "bytes=-0"])("%s is unsatisfiable", (header) => {
    expect(parseRange(header, DATA.length)).toBe("unsatisfiable");
  });

  // The RFC lets a server ignore what it does not understand and send the whole file.
  it.each([null, "", "bytes=-", "bytes=9-3", "bytes=0-1,5-6", "items=0-5", "bytes=a-b"])(
    "%s → the whole file",
    (header) => {
      expect(parseRange(header, DATA.length)).toBeNull();
    },
  );
});

describe("byteRangeResponse", () => {
  const headers = { "content-type": "video/mp4" };

  it("sends the whole file with Accept-Ranges when no range is asked", async () => {
    const res = byteRangeResponse(DATA, null, headers);
    expect(res.status).toBe(200);
    expect(Object.fromEntries(res.headers)).toMatchObject({
      "accept-ranges": "bytes",
      "content-length": "100",
      "content-type": "video/mp4",
    });
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(DATA);
  });

  it("sends the asked part as 206 with Content-Range", async () => {
    const res = byteRangeResponse(DATA, "bytes=10-19", headers);
    expect(res.status).toBe(206);
    expect(res.headers.get("content-range")).toBe("bytes 10-19/100");
    expect(res.headers.get("content-length")).toBe("10");
    expect([...new Uint8Array(await res.arrayBuffer())]).toEqual([10, 11, 12, 13, 14, 15, 16, 17, 18, 19]);
  });

  it("answers a range past the end with 416 and the size", async () => {
    const res = byteRangeResponse(DATA, "bytes=100-", headers);
    expect(res.status).toBe(416);
    expect(res.headers.get("content-range")).toBe("bytes */100");
    expect((await res.arrayBuffer()).byteLength).toBe(0);
  });
});
