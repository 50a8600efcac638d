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
