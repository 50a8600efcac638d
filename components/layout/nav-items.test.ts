import { describe, expect, it } from "vitest";

import { activeNavKey, navItems } from "./nav-items";

describe("navItems", () => {
  it("shows trash and admin to admins only", () => {
    expect(navItems("member").map((i) => i.key)).toEqual(["studio", "favorites", "organize", "usage"]);
    expect(navItems("admin").map((i) => i.key)).toEqual([
      "studio",
      "favorites",
      "organize",
      "usage",
      "trash",
      "admin",
    ]);
  });

  it("links favorites to the gallery's own URL filter", () => {
    expect(navItems("member").find((i) => i.key === "favorites")?.href).toBe("/?favorites=1");
  });
});

describe("activeNavKey", () => {
  it("tells the gallery from its favorites view", () => {
    expect(activeNavKey("/", false)).toBe("studio");
    expect(activeNavKey("/", true)).toBe("favorites");
  });

  it("marks a section for its sub-pages", () => {
    expect(activeNavKey("/collections/abc", false)).toBe("organize");
    expect(activeNavKey("/admin", false)).toBe("admin");
    expect(activeNavKey("/trash", false)).toBe("trash");
    expect(activeNavKey("/usage", false)).toBe("usage");
  });

  it("marks nothing on pages outside the navigation", () => {
    expect(activeNavKey("/account", false)).toBeNull();
    expect(activeNavKey("/tasks/abc", false)).toBeNull();
  });
});
