import "server-only";

import sharp from "sharp";

import type { GridCell } from "@/lib/task-grid";

/**
 * The rectangle of one image in Midjourney's 2×2 grid, numbered as its U1–U4 buttons are: 1 top left, 2 top
 * right, 3 bottom left, 4 bottom right. With an odd size the right column and bottom row take the extra pixel,
 * so the four rectangles always tile the whole image.
 */
export function gridCellRect(width: number, height: number, cell: GridCell) {
  const halfWidth = Math.floor(width / 2);
  const halfHeight = Math.floor(height / 2);
  const right = cell === 2 || cell === 4;
  const bottom = cell === 3 || cell === 4;
  return {
    left: right ? halfWidth : 0,
    top: bottom ? halfHeight : 0,
    width: right ? width - halfWidth : halfWidth,
    height: bottom ? height - halfHeight : halfHeight,
  };
}

/** One of the four images of a stored grid, as PNG (lossless: the cell is a download, not a preview). */
export async function cropGridCell(grid: Buffer, cell: GridCell): Promise<Buffer> {
  const image = sharp(grid, { failOn: "error" });
  const { width, height } = await image.metadata();
  if (!width || !height || width < 2 || height < 2) throw new Error("The stored grid has no usable size.");
  return image
    .extract(gridCellRect(width, height, cell))
    .png()
    .toBuffer();
}

/**
 * Where a cell is kept once cut: beside its original, named after it. The original's key is content-versioned
 * (`original-<hash>.png`), so a cell key names exactly one set of bytes too and is never rewritten.
 */
export function gridCellKey(originalKey: string, cell: GridCell): string {
  const dot = originalKey.lastIndexOf(".");
  const stem = dot > originalKey.lastIndexOf("/") ? originalKey.slice(0, dot) : originalKey;
  return `${stem}-cell-${cell}.png`;
}
