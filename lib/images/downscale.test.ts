import { describe, expect, it } from "vitest";

import { canKeepOriginal, dataUrlByteLength, fitWithin, isImageFile, MAX_REFERENCE_BYTES } from "./downscale";

describe("fitWithin", () => {
  it("shrinks the long side to the limit and keeps the aspect ratio", () => {
    expect(fitWithin({ width: 4032, height: 3024 }, 1536)).toEqual({ width: 1536, height: 1152 });
    expect(fitWithin({ width: 1000, height: 3000 }, 1536)).toEqual({ width: 512, height: 1536 });
  });

  it("never enlarges and never reaches zero", () => {
    expect(fitWithin({ width: 800, height: 600 }, 1536)).toEqual({ width: 800, height: 600 });
    expect(fitWithin({ width: 10_000, height: 1 }, 1536)).toEqual({ width: 1536, height: 1 });
  });
});

describe("canKeepOriginal", () => {
  const small = { width: 1024, height: 1024 };
  it("keeps small accepted files", () => {
    expect(canKeepOriginal({ type: "image/png", size: 500_000 }, small)).toBe(true);
    expect(canKeepOriginal({ type: "image/jpeg", size: MAX_REFERENCE_BYTES }, small)).toBe(true);
  });

  it("re-encodes big, oversized or unaccepted files", () => {
    expect(canKeepOriginal({ type: "image/png", size: MAX_REFERENCE_BYTES + 1 }, small)).toBe(false);
    expect(canKeepOriginal({ type: "image/png", size: 1000 }, { width: 2048, height: 10 })).toBe(false);
    expect(canKeepOriginal({ type: "image/heic", size: 1000 }, small)).toBe(false);
  });
});

describe("dataUrlByteLength", () => {
  it("counts decoded bytes, padding included", () => {
    const encode = (s: string) => `data:text/plain;base64,${Buffer.from(s).toString("base64")}`;
    expect(dataUrlByteLength(encode("abc"))).toBe(3);
    expect(dataUrlByteLength(encode("abcd"))).toBe(4);
    expect(dataUrlByteLength(encode("abcde"))).toBe(5);
  });
});

describe("isImageFile", () => {
  it("accepts only image MIME types", () => {
    expect(isImageFile({ type: "image/webp" })).toBe(true);
    expect(isImageFile({ type: "application/pdf" })).toBe(false);
    expect(isImageFile({ type: "" })).toBe(false);
  });
});
