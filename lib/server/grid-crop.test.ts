import sharp from "sharp";
import { describe, expect, it } from "vitest";

import { cropGridCell, gridCellKey, gridCellRect } from "./grid-crop";

// A 2×2 grid whose quadrants each have their own colour, like Midjourney's four images.
const COLOURS = { 1: [255, 0, 0], 2: [0, 255, 0], 3: [0, 0, 255], 4: [255, 255, 0] } as const;

async function colouredGrid(width: number, height: number): Promise<Buffer> {
  const quadrants = ([1, 2, 3, 4] as const).map((cell) => {
    const rect = gridCellRect(width, height, cell);
    const [r, g, b] = COLOURS[cell];
    return {
      input: {
        create: { width: rect.width, height: rect.height, channels: 3 as const, background: { r, g, b } },
      },
      left: rect.left,
      top: rect.top,
    };
  });
  return sharp({ create: { width, height, channels: 3, background: "#000" } })
    .composite(quadrants)
    .png()
    .toBuffer();
}

describe("cropGridCell", () => {
  it.each([1, 2, 3, 4] as const)("cell %i is its quadrant, whole and in its colour", async (cell) => {
    const grid = await colouredGrid(64, 48);
    const png = await cropGridCell(grid, cell);
    const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
    expect(info.format).toBe("raw");
    expect([info.width, info.height]).toEqual([32, 24]);
    // Every pixel, corners included: a crop one pixel off would show a neighbour's colour at an edge.
    const pixels = new Set<string>();
    for (let i = 0; i < data.length; i += info.channels)
      pixels.add(`${data[i]},${data[i + 1]},${data[i + 2]}`);
    expect([...pixels]).toEqual([COLOURS[cell].join(",")]);
    expect((await sharp(png).metadata()).format).toBe("png");
  });

  it("gives an odd pixel to the right column and the bottom row", async () => {
    const grid = await colouredGrid(65, 49);
    const sizes = await Promise.all(
      ([1, 2, 3, 4] as const).map(async (cell) => {
        const meta = await sharp(await cropGridCell(grid, cell)).metadata();
        return [meta.width, meta.height];
      }),
    );
    expect(sizes).toEqual([
      [32, 24],
      [33, 24],
      [32, 25],
      [33, 25],
    ]);
  });

  it("refuses bytes that are not an image", async () => {
    await expect(cropGridCell(Buffer.from("not an image"), 1)).rejects.toThrow();
  });
});

describe("gridCellKey", () => {
  it("keeps a cell beside its content-versioned original", () => {
    expect(gridCellKey("tasks/t1/original-abc.png", 3)).toBe("tasks/t1/original-abc-cell-3.png");
    expect(gridCellKey("tasks/t1/original-abc.webp", 1)).toBe("tasks/t1/original-abc-cell-1.png");
    expect(gridCellKey("tasks/t.1/original", 2)).toBe("tasks/t.1/original-cell-2.png");
  });
});
