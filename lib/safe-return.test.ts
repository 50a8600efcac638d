import { describe, expect, it } from "vitest";

import { safeReturnPath } from "./safe-return";

describe("safeReturnPath", () => {
  it("keeps same-site paths", () => {
    expect(safeReturnPath("/tasks/abc?x=1")).toBe("/tasks/abc?x=1");
  });
  it.each([undefined, "", "https://evil.example/", "//evil.example", "/\\evil.example", "tasks"])(
    "falls back to / for %s",
    (value) => {
      expect(safeReturnPath(value)).toBe("/");
    },
  );
});
