import sharp from "sharp";
import { describe, expect, it, vi } from "vitest";

import { cutPaintedArea, EDIT_MAX_PIXELS } from "./editor-image";

vi.mock("server-only", () => ({}));

/** A solid 8×8 image of one colour. */
const solid = (r: number, g: number, b: number, width = 8, height = 8) =>
  sharp({ create: { width, height, channels: 3, background: { r, g, b } } })
    .png()
    .toBuffer();

/** A black mask of `size` with a white rectangle (the painted area). */
async function maskWith(size: number, rect: { left: number; top: number; width: number; height: number }) {
  const white = await sharp({
    create: { width: rect.width, height: rect.height, channels: 3, background: "#ffffff" },
  })
    .png()
    .toBuffer();
  return sharp({ create: { width: size, height: size, channels: 3, background: "#000000" } })
    .composite([{ input: white, left: rect.left, top: rect.top }])
    .png()
    .toBuffer();
}

async function alphaAt(png: Buffer, x: number, y: number): Promise<number[]> {
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  const i = (y * info.width + x) * 4;
  return [...data.subarray(i, i + 4)];
}

describe("cutPaintedArea", () => {
  it("makes exactly the painted pixels transparent and keeps the rest", async () => {
    const cut = await cutPaintedArea(
      await solid(200, 40, 40),
      await maskWith(8, { left: 0, top: 0, width: 4, height: 8 }),
    );
    expect(cut).toMatchObject({ width: 8, height: 8, erased: 0.5 });
    const meta = await sharp(cut.png).metadata();
    expect(meta).toMatchObject({ format: "png", hasAlpha: true });
    expect(await alphaAt(cut.png, 1, 3)).toEqual([0, 0, 0, 0]);
    expect(await alphaAt(cut.png, 6, 3)).toEqual([200, 40, 40, 255]);
  });

  it("scales a mask of another size onto the image", async () => {
    const cut = await cutPaintedArea(
      await solid(10, 20, 30, 16, 16),
      await maskWith(4, { left: 2, top: 0, width: 2, height: 4 }),
    );
    expect(cut.erased).toBe(0.5);
    expect((await alphaAt(cut.png, 15, 0))[3]).toBe(0);
    expect((await alphaAt(cut.png, 0, 15))[3]).toBe(255);
    expect(await sharp(cut.mask).metadata()).toMatchObject({ width: 16, height: 16 });
  });

  it("refuses an empty mask", async () => {
    const black = await maskWith(8, { left: 0, top: 0, width: 1, height: 1 }).then(() =>
      sharp({ create: { width: 8, height: 8, channels: 3, background: "#000" } })
        .png()
        .toBuffer(),
    );
    await expect(cutPaintedArea(await solid(1, 2, 3), black)).rejects.toThrow(/mask is empty/);
  });

  it("reads transparent mask pixels as keep", async () => {
    const clear = await sharp({
      create: { width: 8, height: 8, channels: 4, background: { r: 255, g: 255, b: 255, alpha: 0 } },
    })
      .png()
      .toBuffer();
    await expect(cutPaintedArea(await solid(1, 2, 3), clear)).rejects.toThrow(/mask is empty/);
  });

  it("refuses an image or mask whose canvas is too large before decoding it", async () => {
    // 10,000 × 10,000 declared in a tiny file (under sharp's own 268 MP default): decoding it would take 400 MB.
    const huge = declaredSize(await solid(0, 0, 0), 10_000, 10_000);
    expect(10_000 * 10_000).toBeGreaterThan(EDIT_MAX_PIXELS);
    const mask = await maskWith(8, { left: 0, top: 0, width: 4, height: 8 });
    await expect(cutPaintedArea(huge, mask)).rejects.toMatchObject({
      code: "payload_too_large",
      message: expect.stringMatching(/The image is 10000 × 10000 pixels/),
    });
    await expect(cutPaintedArea(await solid(1, 2, 3), huge)).rejects.toMatchObject({
      code: "payload_too_large",
      message: expect.stringMatching(/The mask is 10000/),
    });
  });
});

/** The same PNG with another width and height written into its header (IHDR, CRC fixed up). */
function declaredSize(png: Buffer, width: number, height: number): Buffer {
  const out = Buffer.from(png);
  // Signature (8), then IHDR: length (4), "IHDR" (4), width (4), height (4), …, CRC over type + data (13 bytes).
  out.writeUInt32BE(width, 16);
  out.writeUInt32BE(height, 20);
  out.writeUInt32BE(crc32(out.subarray(12, 29)), 29);
  return out;
}

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
