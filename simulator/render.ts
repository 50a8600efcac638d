import "server-only";

import fs from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";

import { seededRandom } from "@/lib/seeded-random";

import { PREVIEW_SUFFIX } from "./images";
import type { RenderSpec, TaskImages } from "./types";
import { uploadPath } from "./uploads";

// Deterministic placeholder art: each quadrant is a gradient with a few shapes, all derived from the seeds, and a
// seven-segment digit 1–4 drawn with rectangles (no fonts, so it renders the same on any machine).

export const GRID_LONG_SIDE = 1024;
const PREVIEW_DIVISOR = 4;

/** Output size for a spec: long side fixed, short side from the aspect ratio, even so the grid splits evenly. */
export function imageSize(spec: Pick<RenderSpec, "aspect" | "longSide">): { width: number; height: number } {
  const { w, h } = spec.aspect;
  const short = Math.max(2, Math.round((spec.longSide * Math.min(w, h)) / Math.max(w, h) / 2) * 2);
  return w >= h ? { width: spec.longSide, height: short } : { width: short, height: spec.longSide };
}

const SEGMENTS: Record<number, string> = { 1: "bc", 2: "abged", 3: "abgcd", 4: "fgbc" };

function digitSvg(digit: number, x: number, y: number, size: number): string {
  const t = size * 0.2;
  const h = size * 2;
  const rects: Record<string, [number, number, number, number]> = {
    a: [t, 0, size - 2 * t, t],
    b: [size - t, t, t, h / 2 - 1.5 * t],
    c: [size - t, h / 2 + 0.5 * t, t, h / 2 - 1.5 * t],
    d: [t, h - t, size - 2 * t, t],
    e: [0, h / 2 + 0.5 * t, t, h / 2 - 1.5 * t],
    f: [0, t, t, h / 2 - 1.5 * t],
    g: [t, h / 2 - t / 2, size - 2 * t, t],
  };
  const pad = size * 0.35;
  const plate = `<rect x="${x}" y="${y}" width="${size + 2 * pad}" height="${h + 2 * pad}" rx="${pad}" fill="#000" fill-opacity="0.55"/>`;
  const segs = [...(SEGMENTS[digit] ?? "")]
    .map((s) => rects[s])
    .filter((r): r is [number, number, number, number] => r !== undefined)
    .map(
      ([rx, ry, rw, rh]) =>
        `<rect x="${x + pad + rx}" y="${y + pad + ry}" width="${rw}" height="${rh}" fill="#fff"/>`,
    );
  return plate + segs.join("");
}

function shapesSvg(random: () => number, hue: number, w: number, h: number): string {
  const unit = Math.min(w, h);
  const out: string[] = [];
  const count = 4 + Math.floor(random() * 3);
  for (let i = 0; i < count; i++) {
    const color = `hsl(${Math.round((hue + 60 + random() * 180) % 360)},${55 + Math.round(random() * 35)}%,${35 + Math.round(random() * 40)}%)`;
    const cx = random() * w;
    const cy = random() * h;
    const size = unit * (0.12 + random() * 0.3);
    const opacity = (0.55 + random() * 0.4).toFixed(2);
    const kind = Math.floor(random() * 3);
    if (kind === 0)
      out.push(`<circle cx="${cx}" cy="${cy}" r="${size / 2}" fill="${color}" fill-opacity="${opacity}"/>`);
    else if (kind === 1) {
      const angle = Math.round(random() * 90);
      out.push(
        `<rect x="${cx - size / 2}" y="${cy - size / 2}" width="${size}" height="${size * 0.7}" fill="${color}" fill-opacity="${opacity}" transform="rotate(${angle} ${cx} ${cy})"/>`,
      );
    } else {
      const pts = [0, 1, 2].map((k) => {
        const a = (k * 2 * Math.PI) / 3 + random();
        return `${cx + Math.cos(a) * size * 0.6},${cy + Math.sin(a) * size * 0.6}`;
      });
      out.push(`<polygon points="${pts.join(" ")}" fill="${color}" fill-opacity="${opacity}"/>`);
    }
  }
  return out.join("");
}

/** One picture (a quadrant, or an upscaled quadrant) in a w×h box. */
function sceneSvg(spec: RenderSpec, quadrant: number, w: number, h: number, idPrefix: string): string {
  const random = seededRandom((spec.seed ^ Math.imul(quadrant, 0x9e3779b1)) >>> 0);
  const baseHue = spec.paletteSeed % 360;
  const hue = (baseHue + quadrant * 83 + random() * 40) % 360;
  const grad = `${idPrefix}g`;
  const palette = spec.palette ?? [];
  // A blend / face swap paints with its inputs' colours so the result visibly comes from them.
  const from = palette.length ? palette[(quadrant - 1) % palette.length] : `hsl(${Math.round(hue)},70%,62%)`;
  const to = palette.length
    ? palette[quadrant % palette.length]
    : `hsl(${Math.round((hue + 40) % 360)},60%,22%)`;
  const defs = `<defs><linearGradient id="${grad}" x1="0" y1="0" x2="${random().toFixed(2)}" y2="1">
    <stop offset="0" stop-color="${from}"/>
    <stop offset="1" stop-color="${to}"/></linearGradient></defs>`;
  let content = shapesSvg(random, hue, w, h);
  if (spec.pan) {
    const shift = { left: [0.2 * w, 0], right: [-0.2 * w, 0], up: [0, 0.2 * h], down: [0, -0.2 * h] }[
      spec.pan
    ];
    content = `<g transform="translate(${shift[0]} ${shift[1]})">${content}</g>`;
  }
  let body = `<rect width="${w}" height="${h}" fill="url(#${grad})"/>${content}`;
  if (spec.zoomOut && spec.zoomOut > 1) {
    const k = 1 / spec.zoomOut;
    // The original picture sits smaller in the middle, surrounded by a darker "outpainted" border.
    body =
      `<rect width="${w}" height="${h}" fill="url(#${grad})"/><rect width="${w}" height="${h}" fill="#000" fill-opacity="0.35"/>` +
      `<g transform="translate(${(w * (1 - k)) / 2} ${(h * (1 - k)) / 2}) scale(${k})">${body}</g>`;
  }
  const digitSize = Math.max(8, Math.min(w, h) * 0.09);
  return defs + body + digitSvg(quadrant, digitSize * 0.5, digitSize * 0.5, digitSize);
}

/** The full SVG document for a spec at a given output size. */
export function specSvg(spec: RenderSpec, width: number, height: number): string {
  const view = imageSize(spec);
  let inner: string;
  if (spec.layout === "grid") {
    const qw = view.width / 2;
    const qh = view.height / 2;
    inner = [1, 2, 3, 4]
      .map((q) => {
        const x = q % 2 === 1 ? 0 : qw;
        const y = q <= 2 ? 0 : qh;
        return `<svg x="${x}" y="${y}" width="${qw}" height="${qh}" viewBox="0 0 ${qw} ${qh}">${sceneSvg(spec, q, qw, qh, `q${q}`)}</svg>`;
      })
      .join("");
  } else {
    inner = sceneSvg(spec, spec.quadrant ?? 1, view.width, view.height, "s");
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${view.width} ${view.height}">${inner}</svg>`;
}

/** Discord-like attachment names: `<user>_<prompt words>_<job uuid>.png`. */
export function imageNames(promptText: string, hash: string, spec: RenderSpec): TaskImages {
  const words = promptText
    .toLowerCase()
    .replace(/https?:\/\/\S+/g, " ")
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .join("_")
    .slice(0, 48)
    .replace(/_+$/, "");
  const base = `simuser_${words || "image"}_${hash}`;
  const size = imageSize(spec);
  return { final: { name: `${base}.png`, ...size }, preview: { name: `${base}${PREVIEW_SUFFIX}` } };
}

async function writeAtomic(file: string, data: Buffer): Promise<void> {
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  await fs.writeFile(tmp, data);
  await fs.rename(tmp, file);
}

/** Renders the final PNG and the blurred, darkened low-res progress preview into `<dir>/<taskId>/`. */
export async function renderImages(
  dir: string,
  taskId: string,
  spec: RenderSpec,
  images: TaskImages,
): Promise<void> {
  const taskDir = path.join(dir, taskId);
  await fs.mkdir(taskDir, { recursive: true });
  const { width, height } = images.final;
  const pw = Math.max(16, Math.round(width / PREVIEW_DIVISOR));
  const ph = Math.max(16, Math.round(height / PREVIEW_DIVISOR));
  // An uploaded picture (describe) is shown as it was sent, re-encoded as the PNG the bot would attach.
  const source =
    spec.layout === "upload" && spec.upload ? await fs.readFile(uploadPath(dir, spec.upload)) : null;
  const draw = (w: number, h: number) =>
    source ? sharp(source).resize(w, h, { fit: "fill" }) : sharp(Buffer.from(specSvg(spec, w, h)));
  const png = await draw(width, height).png({ compressionLevel: 6 }).toBuffer();
  const webp = await draw(pw, ph).blur(3).modulate({ brightness: 0.6 }).webp({ quality: 50 }).toBuffer();
  await Promise.all([
    writeAtomic(path.join(taskDir, images.final.name), png),
    writeAtomic(path.join(taskDir, images.preview.name), webp),
  ]);
}
