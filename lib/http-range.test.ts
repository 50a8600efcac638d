import { describe, expect, it } from "vitest";

import { contentRange, parseRange } from "./http-range";

describe("parseRange", () => {
  it.each([
    [null, 100, { kind: "whole" }],
    ["", 100, { kind: "whole" }],
    ["bytes=0-", 100, { kind: "partial", start: 0, end: 99 }],
    ["bytes=0-1", 100, { kind: "partial", start: 0, end: 1 }],
    ["bytes=10-19", 100, { kind: "partial", start: 10, end: 19 }],
    ["bytes=90-500", 100, { kind: "partial", start: 90, end: 99 }],
    ["bytes=-10", 100, { kind: "partial", start: 90, end: 99 }],
    ["bytes=-500", 100, { kind: "partial", start: 0, end: 99 }],
    ["bytes=100-", 100, { kind: "unsatisfiable" }],
    ["bytes=-0", 100, { kind: "unsatisfiable" }],
    ["bytes=20-10", 100, { kind: "whole" }],
    ["bytes=0-1,5-6", 100, { kind: "whole" }],
    ["items=0-1", 100, { kind: "whole" }],
    ["bytes=-", 100, { kind: "whole" }],
  ])("%s of %i bytes", (header, size, expected) => {
    expect(parseRange(header, size)).toEqual(expected);
  });

  it("writes Content-Range for a part and for a refusal", () => {
    expect(contentRange({ kind: "partial", start: 0, end: 1 }, 100)).toBe("bytes 0-1/100");
    expect(contentRange({ kind: "unsatisfiable" }, 100)).toBe("bytes */100");
    expect(contentRange({ kind: "whole" }, 100)).toBeNull();
  });
});
