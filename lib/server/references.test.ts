import sharp from "sharp";
import { describe, expect, it } from "vitest";

import { AppError } from "@/lib/errors";

import { validateImage, validateImages, validateReferences } from "./references";

async function dataUrl(format: "png" | "jpeg", width = 30, height = 20): Promise<string> {
  const image = sharp({ create: { width, height, channels: 3, background: "#123456" } });
  const bytes = await (format === "png" ? image.png() : image.jpeg()).toBuffer();
  return `data:image/${format};base64,${bytes.toString("base64")}`;
}

async function failure(p: Promise<unknown>): Promise<AppError> {
  const error = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("validateImage", () => {
  it("returns the bytes' real type and size, and a data URL that says so", async () => {
    const jpeg = await dataUrl("jpeg", 64, 48);
    // A wrong claimed type is corrected from the bytes, as strict proxies expect.
    const relabelled = jpeg.replace("image/jpeg", "image/png");
    const image = await validateImage(relabelled, "The image");
    expect(image).toMatchObject({ mime: "image/jpeg", width: 64, height: 48 });
    expect(image.dataUrl.startsWith("data:image/jpeg;base64,")).toBe(true);
  });

  it("names the image in every message", async () => {
    expect((await failure(validateImage("https://x/y.png", "The mask"))).message).toMatch(
      /^The mask is not a base64 data URL/,
    );
    const text = `data:image/png;base64,${Buffer.from("just some text, no image").toString("base64")}`;
    const unreadable = await failure(validateImage(text, "The face image"));
    expect([unreadable.code, unreadable.message]).toEqual([
      "unsupported_media_type",
      "The face image is not a readable PNG, JPEG, WebP or GIF image.",
    ]);
  });

  it("can accept PNG only (Vary (Region) masks)", async () => {
    const onlyPng = { accept: ["image/png"] };
    await expect(validateImage(await dataUrl("png"), "The mask", onlyPng)).resolves.toMatchObject({
      mime: "image/png",
    });
    const claimed = await failure(validateImage(await dataUrl("jpeg"), "The mask", onlyPng));
    expect(claimed.message).toBe("The mask is image/jpeg; only PNG images are accepted.");
    const disguised = await failure(
      validateImage((await dataUrl("jpeg")).replace("jpeg", "png"), "The mask", onlyPng),
    );
    expect(disguised.message).toBe("The mask is not a readable PNG image.");
  });

  it("refuses an image over the byte limit with its size", async () => {
    const big = `data:image/png;base64,${Buffer.alloc(1_200_000, 1).toString("base64")}`;
    const error = await failure(validateImages([await dataUrl("png"), big], (n) => `Image ${n}`));
    expect(error.code).toBe("payload_too_large");
    expect(error.message).toMatch(/^Image 2 is 1\.1 MB; the limit is 1\.0 MB per image\.$/);
    expect(error.details).toMatchObject({ index: 2, bytes: 1_200_000 });
  });
});

describe("validateReferences", () => {
  it("keeps the imagine wording (Reference n)", async () => {
    const error = await failure(
      validateReferences([await dataUrl("png"), "data:text/plain;base64,aGVsbG8="]),
    );
    expect(error.message).toBe(
      "Reference 2 is text/plain; only PNG, JPEG, WebP and GIF images are accepted.",
    );
  });
});
