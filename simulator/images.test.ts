import "server-only";

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, describe, expect, it } from "vitest";

import {
  attachmentKind,
  attachmentUrl,
  EXPIRED_TEXT,
  parseAttachmentPath,
  serveAttachment,
  signAttachment,
  verifyAttachment,
} from "./images";
import { imageNames, imageSize, renderImages } from "./render";
import type { RenderSpec } from "./types";

const SECRET = "a".repeat(64);
const REF = { taskId: "1730621826053455", name: "simuser_cat_x.png" };

describe("signed attachment URLs", () => {
  const issued = Date.UTC(2025, 0, 1);
  const query = new URLSearchParams(signAttachment(SECRET, REF, issued, 3600));

  it("uses Discord's hex ex/is and an hmac", () => {
    expect(query.get("is")).toBe(Math.floor(issued / 1000).toString(16));
    expect(query.get("ex")).toBe((Math.floor(issued / 1000) + 3600).toString(16));
    expect(query.get("hm")).toMatch(/^[0-9a-f]{64}$/);
    expect(attachmentUrl("http://h:1/sim", SECRET, REF, issued, 3600)).toMatch(
      /^http:\/\/h:1\/sim\/attachments\/1730621826053455\/simuser_cat_x\.png\?ex=[0-9a-f]+&is=[0-9a-f]+&hm=[0-9a-f]{64}$/,
    );
  });

  it("is valid until ex and dead afterwards", () => {
    expect(verifyAttachment(SECRET, REF, query, issued + 3_599_000)).toBe(true);
    expect(verifyAttachment(SECRET, REF, query, issued + 3_600_000)).toBe(false);
  });

  it("rejects tampering with the expiry, the path or the secret", () => {
    const extended = new URLSearchParams(query);
    extended.set("ex", (Number.parseInt(query.get("ex")!, 16) + 99_999).toString(16));
    expect(verifyAttachment(SECRET, REF, extended, issued)).toBe(false);
    expect(verifyAttachment(SECRET, { ...REF, name: "other.png" }, query, issued)).toBe(false);
    expect(verifyAttachment("b".repeat(64), REF, query, issued)).toBe(false);
    expect(verifyAttachment(SECRET, REF, new URLSearchParams("ex=zz&is=1&hm=00"), issued)).toBe(false);
  });

  it("parses only safe attachment paths", () => {
    expect(parseAttachmentPath("1730621826053455/a_b.png")).toEqual({
      taskId: "1730621826053455",
      name: "a_b.png",
    });
    expect(parseAttachmentPath("../etc/passwd")).toBeNull();
    expect(parseAttachmentPath("123/..")).toBeNull();
    expect(parseAttachmentPath("123/a/b.png")).toBeNull();
  });
});

describe("rendering", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sim-render-"));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const spec = (overrides: Partial<RenderSpec> = {}): RenderSpec => ({
    layout: "grid",
    paletteSeed: 7,
    seed: 11,
    quadrant: null,
    aspect: { w: 16, h: 9 },
    longSide: 1024,
    zoomOut: null,
    pan: null,
    ...overrides,
  });

  it("sizes the long side to 1024 with an even short side", () => {
    expect(imageSize(spec({ aspect: { w: 1, h: 1 } }))).toEqual({ width: 1024, height: 1024 });
    expect(imageSize(spec())).toEqual({ width: 1024, height: 576 });
    expect(imageSize(spec({ aspect: { w: 2, h: 3 } }))).toEqual({ width: 682, height: 1024 });
    expect(imageSize(spec({ aspect: { w: 3, h: 2 }, longSide: 2048 }))).toEqual({
      width: 2048,
      height: 1366,
    });
  });

  it("names files like Discord attachments", () => {
    const names = imageNames("A Red Fox, in snow!", "3785da15-4f70-4034-9128-f3ff1ac634fa", spec());
    expect(names.final).toEqual({
      name: "simuser_a_red_fox_in_snow_3785da15-4f70-4034-9128-f3ff1ac634fa.png",
      width: 1024,
      height: 576,
    });
    expect(names.preview.name).toMatch(/_progress\.webp$/);
    // The counters in /sim/__stats tell the two apart by name.
    expect(attachmentKind(`1730621826053455/${names.preview.name}`)).toBe("preview");
    expect(attachmentKind(`1730621826053455/${names.final.name}`)).toBe("final");
  });

  it("renders a PNG of the right size, a smaller webp preview, and serves them with the right type", async () => {
    const s = spec();
    const names = imageNames("fox", "3785da15-4f70-4034-9128-f3ff1ac634fa", s);
    const started = performance.now();
    await renderImages(dir, "1", s, names);
    const elapsed = performance.now() - started;
    const png = await sharp(path.join(dir, "1", names.final.name)).metadata();
    expect([png.format, png.width, png.height]).toEqual(["png", 1024, 576]);
    const webp = await sharp(path.join(dir, "1", names.preview.name)).metadata();
    expect([webp.format, webp.width, webp.height]).toEqual(["webp", 256, 144]);
    expect(elapsed).toBeLessThan(2000);

    const ref = { taskId: "1", name: names.final.name };
    const query = new URLSearchParams(signAttachment(SECRET, ref, Date.now(), 60));
    const ok = await serveAttachment(dir, SECRET, `1/${names.final.name}`, query, Date.now());
    expect(ok.status).toBe(200);
    expect(ok.headers.get("content-type")).toBe("image/png");
    const expired = await serveAttachment(dir, SECRET, `1/${names.final.name}`, query, Date.now() + 61_000);
    expect(expired.status).toBe(404);
    expect(await expired.text()).toBe(EXPIRED_TEXT);
  });

  it("draws each quadrant differently and an upscale as that quadrant", async () => {
    const grid = await sharp(
      Buffer.from((await import("./render")).specSvg(spec({ aspect: { w: 1, h: 1 } }), 64, 64)),
    )
      .raw()
      .toBuffer({ resolveWithObject: true });
    const pixel = (x: number, y: number) =>
      grid.data.readUInt32BE((y * grid.info.width + x) * grid.info.channels);
    const corners = new Set([pixel(20, 28), pixel(52, 28), pixel(20, 60), pixel(52, 60)]);
    expect(corners.size).toBe(4);
  });
});
