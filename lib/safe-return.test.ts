import { describe, expect, it } from "vitest";

import { safeReturnPath } from "./safe-return";

describe("safeReturnPath", () => {
  it.each(["/tasks/abc?x=1", "/", "/usage#today", "/collections/42?page=2"])(
    "keeps the same-origin path %s",
    (value) => {
      expect(safeReturnPath(value)).toBe(value);
    },
  );
  it.each([
    undefined,
    "",
    "tasks",
    "https://evil.example/",
    "//evil.example",
    "/\\evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    // What the browser hands the page after decoding `next=/%09/evil.example` (issue 8, item 6).
    decodeURIComponent("/%09/evil.example"),
    "/%2F/evil.example",
    "/%2f%2fevil.example",
    "javascript:alert(1)",
    "/\u0000/evil.example",
  ])("falls back to / for %j", (value) => {
    expect(safeReturnPath(value)).toBe("/");
  });
});
