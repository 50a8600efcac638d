import { describe, expect, it } from "vitest";

import type { TaskDto } from "@/lib/schemas/task";

import {
  MAX_ROW_GROWTH,
  MAX_TILE_ASPECT,
  MIN_TILE_ASPECT,
  TEXT_CARD_ASPECT,
  aspectRatioCss,
  promptAspect,
  tileAspect,
  tileFlexStyle,
} from "./justify";

type Source = Parameters<typeof tileAspect>[0];
const base: Source = { thumbnail: null, image: null, results: null, status: "succeeded", prompt: "a fox" };
const img = (width: number | null, height: number | null): TaskDto["thumbnail"] => ({
  url: "/api/images/t/thumb",
  width,
  height,
});

describe("tileAspect", () => {
  it("takes the stored thumbnail's ratio, else the original's", () => {
    expect(tileAspect({ ...base, thumbnail: img(1456, 816) })).toBeCloseTo(1456 / 816);
    expect(tileAspect({ ...base, image: img(896, 1344) })).toBeCloseTo(2 / 3);
    expect(tileAspect({ ...base, thumbnail: img(400, 200), image: img(100, 100) })).toBe(2);
  });

  it("uses the prompt's --ar while the task renders (no jump when it finishes)", () => {
    expect(tileAspect({ ...base, status: "running", prompt: "a ship --ar 16:9" })).toBeCloseTo(16 / 9);
    expect(tileAspect({ ...base, status: "queued", prompt: "a tower --ar 2:3 --v 7" })).toBeCloseTo(2 / 3);
  });

  it("is square for failed tasks, tasks without size or ratio, and zero sizes", () => {
    expect(tileAspect({ ...base, status: "failed", prompt: "x --ar 16:9" })).toBe(1);
    expect(tileAspect({ ...base, status: "running" })).toBe(1);
    expect(tileAspect({ ...base, thumbnail: img(0, 100) })).toBe(1);
    expect(tileAspect({ ...base, thumbnail: img(null, null) })).toBe(1);
  });

  it("gives text results a card shape", () => {
    expect(tileAspect({ ...base, results: { prompts: ["a", "b"] } })).toBe(TEXT_CARD_ASPECT);
  });

  it("clamps extreme ratios to what still reads as a picture", () => {
    expect(tileAspect({ ...base, thumbnail: img(4000, 100) })).toBe(MAX_TILE_ASPECT);
    expect(tileAspect({ ...base, thumbnail: img(100, 4000) })).toBe(MIN_TILE_ASPECT);
  });
});

describe("promptAspect", () => {
  it("reads --ar and --aspect, ignores text that only looks like it", () => {
    expect(promptAspect("city --aspect 3:2")).toBeCloseTo(1.5);
    expect(promptAspect("city --ar 21:9 --s 50")).toBeCloseTo(21 / 9);
    expect(promptAspect("the ratio 16:9 in words")).toBeNull();
    expect(promptAspect("city --ar wide")).toBeNull();
    expect(promptAspect("city --ar 0:9")).toBeNull();
  });
});

describe("tileFlexStyle", () => {
  it("grows and bases a tile in proportion to its ratio, rounded for stable markup", () => {
    expect(tileFlexStyle(16 / 9)).toEqual({
      flexGrow: 1.778,
      flexBasis: "calc(var(--tile-row-h) * 1.778)",
      // Every tile stops growing at the same factor of its basis, so a capped row keeps one height.
      maxWidth: `calc(var(--tile-row-h) * 1.778 * var(--tile-row-growth, ${MAX_ROW_GROWTH}))`,
    });
    expect(aspectRatioCss(2 / 3)).toBe("0.667");
  });
});
