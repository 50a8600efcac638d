import { describe, expect, it } from "vitest";

import { type CanvasLike, exportMask, hasPaint, type PaintContext, type Shape } from "./shapes";

/** Records the calls that matter; enough to check sizes, colours and order without a real canvas. */
function fakeCanvas(log: string[]): CanvasLike {
  const canvas = {
    width: 0,
    height: 0,
    toDataURL: (type: string) => `data:${type};base64,${canvas.width}x${canvas.height}`,
    getContext: () => ctx,
  };
  const ctx = new Proxy<Record<string, unknown>>(
    {},
    {
      get: (target, prop: string) =>
        prop in target
          ? target[prop]
          : (...args: unknown[]) =>
              log.push(`${prop}(${args.filter((a) => typeof a !== "object").join(",")})`),
      set: (target, prop: string, value) => {
        target[prop] = value;
        if (prop === "fillStyle" || prop === "globalCompositeOperation") log.push(`${prop}=${String(value)}`);
        return true;
      },
    },
  ) as unknown as PaintContext;
  return canvas;
}

describe("exportMask", () => {
  it("paints white shapes on a layer and puts it on a natural-size black background", () => {
    const log: string[] = [];
    const shapes: Shape[] = [
      { kind: "rect", x: 10, y: 20, w: 30, h: 40 },
      {
        kind: "stroke",
        erase: true,
        size: 8,
        points: [
          { x: 0, y: 0 },
          { x: 5, y: 5 },
        ],
      },
    ];
    const url = exportMask(shapes, { width: 1024, height: 576 }, () => fakeCanvas(log));
    expect(url).toBe("data:image/png;base64,1024x576");
    expect(log).toEqual([
      "fillStyle=#ffffff",
      "globalCompositeOperation=source-over",
      "fillRect(10,20,30,40)",
      "globalCompositeOperation=destination-out",
      "beginPath()",
      "moveTo(0,0)",
      "lineTo(5,5)",
      "stroke()",
      "globalCompositeOperation=source-over",
      "fillStyle=#000000",
      "fillRect(0,0,1024,576)",
      "drawImage(0,0)",
    ]);
  });

  it("knows when there is something to repaint", () => {
    expect(hasPaint([])).toBe(false);
    expect(hasPaint([{ kind: "stroke", erase: true, size: 1, points: [] }])).toBe(false);
    expect(hasPaint([{ kind: "lasso", points: [] }])).toBe(true);
  });
});
