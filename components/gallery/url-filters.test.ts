import { describe, expect, it } from "vitest";

import { filtersFromSearchParams, sameFilters, withFilters } from "./url-filters";

describe("filtersFromSearchParams", () => {
  it("reads status and q, ignoring junk", () => {
    expect(filtersFromSearchParams({ status: "active", q: " fox " })).toEqual({ status: "active", q: "fox" });
    expect(filtersFromSearchParams({ status: "bogus", q: ["a", "b"] })).toEqual({ q: "a" });
    expect(filtersFromSearchParams({})).toEqual({});
  });
});

describe("withFilters", () => {
  it("replaces filter params and keeps the rest", () => {
    expect(withFilters("http://x/?prompt=cat&status=failed", { q: "dog" })).toBe("/?prompt=cat&q=dog");
    expect(withFilters("http://x/?q=dog", {})).toBe("/");
  });
});

describe("sameFilters", () => {
  it("treats blank search as no search", () => {
    expect(sameFilters({ q: " " }, {})).toBe(true);
    expect(sameFilters({ status: "failed" }, {})).toBe(false);
  });
});

describe("team filters in the URL", () => {
  it("round-trips every filter", () => {
    const filters = {
      scope: "mine" as const,
      member: "u1",
      status: "succeeded" as const,
      type: "UPSCALE",
      from: "2026-11-01",
      to: "2026-11-26",
      favorites: true,
      collection: "c1",
      q: "red fox",
    };
    const href = withFilters("http://x/?prompt=keep", filters);
    expect(href).toContain("prompt=keep");
    expect(href).toContain("favorites=1");
    const params = Object.fromEntries(new URL(`http://x${href}`).searchParams);
    expect(filtersFromSearchParams(params)).toEqual(filters);
  });

  it("drops only the junk values", () => {
    expect(filtersFromSearchParams({ type: "upscale;drop", from: "26/11/2026", scope: "mine" })).toEqual({
      scope: "mine",
    });
  });
});
