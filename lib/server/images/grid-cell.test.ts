import sharp from "sharp";
import { describe, expect, it } from "vitest";

import { cropGridCell } from "./grid-cell";

/** A 5×3 grid whose quadrants are red, green, blue and white (odd sizes on purpose). */
async function grid(): Promise<Buffer> {
  const w = 5;
  const h = 3;
  const data = Buffer.alloc(w * h * 3);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const right = x >= 2;
      const bottom = y >= 1;
      const rgb =
        !right && !bottom
          ? [255, 0, 0]
          : right && !bottom
            ? [0, 255, 0]
            : !right
              ? [0, 0, 255]
              : [255, 255, 255];
      data.set(rgb, (y * w + x) * 3);
    }
  }
  return sharp(data, { raw: { width: w, height: h, channels: 3 } })
    .png()
    .toBuffer();
}

describe("cropGridCell", () => {
  it("cuts the four cells in U1–U4 order, tiling the grid exactly", async () => {
    const image = await grid();
    const expected = [
      { cell: 1, w: 2, h: 1, rgb: [255, 0, 0] },
      { cell: 2, w: 3, h: 1, rgb: [0, 255, 0] },
      { cell: 3, w: 2, h: 2, rgb: [0, 0, 255] },
      { cell: 4, w: 3, h: 2, rgb: [255, 255, 255] },
    ] as const;
    for (const e of expected) {
      const { data, info } = await sharp(await cropGridCell(image, e.cell))
        .raw()
        .toBuffer({ resolveWithObject: true });
      expect([info.width, info.height]).toEqual([e.w, e.h]);
      expect([...data.subarray(0, 3)]).toEqual(e.rgb);
    }
  });
});
