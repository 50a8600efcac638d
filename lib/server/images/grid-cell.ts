import "server-only";

import sharp from "sharp";

/**
 * One image of a 2×2 Midjourney grid: 1 top left, 2 top right, 3 bottom left, 4 bottom right (the U1–U4
 * order). Odd sizes give the right and bottom cells the extra pixel, so the four cells tile the grid exactly.
 * PNG out, whatever came in: the cell is re-encoded losslessly.
 */
export async function cropGridCell(image: Buffer, cell: 1 | 2 | 3 | 4): Promise<Buffer> {
  const meta = await sharp(image, { failOn: "error" }).metadata();
  const width = meta.width ?? 0;
  const height = meta.height ?? 0;
  if (width < 2 || height < 2) throw new Error("The image is too small to be a grid.");
  const halfW = Math.floor(width / 2);
  const halfH = Math.floor(height / 2);
  const right = cell === 2 || cell === 4;
  const bottom = cell === 3 || cell === 4;
  return sharp(image)
    .extract({
      left: right ? halfW : 0,
      top: bottom ? halfH : 0,
      width: right ? width - halfW : halfW,
      height: bottom ? height - halfH : halfH,
    })
    .png()
    .toBuffer();
}
