import { describe, expect, it } from "vitest";

import { parseTheme, themeCookie } from "./theme";

describe("parseTheme", () => {
  it("keeps a known theme and falls back to system", () => {
    expect(parseTheme("dark")).toBe("dark");
    expect(parseTheme("light")).toBe("light");
    expect(parseTheme("system")).toBe("system");
    expect(parseTheme("blue")).toBe("system");
    expect(parseTheme(undefined)).toBe("system");
  });

  it("writes a year-long site-wide cookie", () => {
    expect(themeCookie("dark")).toBe("theme=dark; path=/; max-age=31536000; samesite=lax");
  });
});
