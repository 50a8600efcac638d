import { describe, expect, it } from "vitest";

import {
  appendPoint,
  clampView,
  clientToImage,
  closeLasso,
  displayToNaturalLength,
  IDENTITY_VIEW,
  MAX_SCALE,
  pinchView,
  rectFromDrag,
  zoomAt,
} from "./geometry";

const natural = { width: 1024, height: 512 };
const viewport = { width: 400, height: 200 };

describe("clientToImage", () => {
  it("scales display pixels to natural pixels", () => {
    const box = { left: 10, top: 20, width: 400, height: 200 };
    expect(clientToImage({ x: 210, y: 120 }, box, natural)).toEqual({ x: 512, y: 256 });
    expect(clientToImage({ x: 10, y: 20 }, box, natural)).toEqual({ x: 0, y: 0 });
  });

  it("accounts for zoom and pan through the transformed box", () => {
    // Zoomed ×2 and panned so the image's centre is at the viewport's top-left.
    const box = { left: -400, top: -200, width: 800, height: 400 };
    expect(clientToImage({ x: 0, y: 0 }, box, natural)).toEqual({ x: 512, y: 256 });
    expect(displayToNaturalLength(10, box, natural)).toBeCloseTo(12.8);
  });
});

describe("pinch and pan", () => {
  it("zooms around the fingers' midpoint", () => {
    const from = { a: { x: 150, y: 100 }, b: { x: 250, y: 100 } };
    const to = { a: { x: 100, y: 100 }, b: { x: 300, y: 100 } };
    const v = pinchView(IDENTITY_VIEW, from, to, viewport);
    expect(v.scale).toBe(2);
    // The content point (200, 100) stays under the midpoint.
    expect(200 * v.scale + v.x).toBe(200);
    expect(100 * v.scale + v.y).toBe(100);
  });

  it("pans with two fingers at constant distance, clamped to the edges", () => {
    const start = { scale: 2, x: -200, y: -100 };
    const from = { a: { x: 100, y: 100 }, b: { x: 200, y: 100 } };
    const to = { a: { x: 130, y: 90 }, b: { x: 230, y: 90 } };
    expect(pinchView(start, from, to, viewport)).toEqual({ scale: 2, x: -170, y: -110 });
    const far = { a: { x: 1100, y: 100 }, b: { x: 1200, y: 100 } };
    expect(pinchView(start, from, far, viewport).x).toBe(0);
  });

  it("never zooms out below fit or beyond the maximum", () => {
    expect(clampView({ scale: 0.5, x: 50, y: 50 }, viewport)).toEqual(IDENTITY_VIEW);
    expect(zoomAt(IDENTITY_VIEW, { x: 0, y: 0 }, 100, viewport).scale).toBe(MAX_SCALE);
  });
});

describe("paths", () => {
  it("thins points closer than the gap", () => {
    const pts = appendPoint([{ x: 0, y: 0 }], { x: 0.5, y: 0 }, 1);
    expect(pts).toHaveLength(1);
    expect(appendPoint(pts, { x: 2, y: 0 }, 1)).toHaveLength(2);
  });

  it("closes a lasso and rejects degenerate ones", () => {
    const tri = [
      { x: 0, y: 0 },
      { x: 10, y: 0 },
      { x: 0, y: 10 },
    ];
    expect(closeLasso(tri)).toEqual([...tri, { x: 0, y: 0 }]);
    expect(closeLasso(tri.slice(0, 2))).toBeNull();
    expect(
      closeLasso([
        { x: 0, y: 0 },
        { x: 5, y: 5 },
        { x: 10, y: 10 },
      ]),
    ).toBeNull();
  });

  it("normalises rectangles and keeps them inside the image", () => {
    expect(rectFromDrag({ x: 100, y: 80 }, { x: -5, y: 20 }, natural)).toEqual({
      x: 0,
      y: 20,
      w: 100,
      h: 60,
    });
  });
});
