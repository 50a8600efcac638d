import { describe, expect, it } from "vitest";

import { downloadUrl, formatBytes, reusePromptHref } from "./format";

describe("formatBytes", () => {
  it("uses short decimal units", () => {
    expect(formatBytes(512, "en")).toBe("512 byte");
    expect(formatBytes(734_000, "en")).toBe("734 kB");
    expect(formatBytes(1_234_567, "en")).toBe("1.2 MB");
  });
});

describe("downloadUrl", () => {
  it("appends to an existing query string", () => {
    expect(downloadUrl("/api/images/t1/original?v=abc")).toBe("/api/images/t1/original?v=abc&download=1");
    expect(downloadUrl("/api/images/t1/original")).toBe("/api/images/t1/original?download=1");
  });
});

describe("reusePromptHref", () => {
  it("encodes the prompt", () => {
    expect(reusePromptHref("a cat & dog --ar 3:2")).toBe("/?prompt=a+cat+%26+dog+--ar+3%3A2");
  });
});
