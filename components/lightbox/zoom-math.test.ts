import { describe, expect, it } from "vitest";

import { clampView, FIT, MAX_SCALE, swipeDirection, zoomAbout } from "./zoom-math";

const stage = { width: 400, height: 300 };

describe("zoomAbout", () => {
  it("keeps the point under the pointer in place", () => {
    const view = zoomAbout(FIT, 2, { x: 100, y: 50 }, stage);
    expect(view).toEqual({ scale: 2, x: -100, y: -50 });
    // The image point that was at (100, 50) from the centre: (100 - x) / scale before and after.
    expect((100 - view.x) / view.scale).toBe(100);
  });

  it("stays between fitting and the maximum", () => {
    expect(zoomAbout(FIT, 0.3, { x: 0, y: 0 }, stage)).toEqual(FIT);
    expect(zoomAbout(FIT, 50, { x: 0, y: 0 }, stage).scale).toBe(MAX_SCALE);
  });
});

describe("clampView", () => {
  it("never pans an image past its edges", () => {
    expect(clampView({ scale: 2, x: 999, y: -999 }, stage)).toEqual({ scale: 2, x: 200, y: -150 });
    expect(clampView({ scale: 1, x: 30, y: 30 }, stage)).toEqual(FIT);
  });
});

describe("swipeDirection", () => {
  it.each([
    [-120, 10, "next"],
    [120, -10, "previous"],
    [-30, 0, null],
    [-120, 120, null],
  ] as const)("dx %i dy %i → %s", (dx, dy, expected) => {
    expect(swipeDirection(dx, dy, 390)).toBe(expected);
  });
});
