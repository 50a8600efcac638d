import {
  codedSize,
  encodeFrame,
  MAX_FRAME_NUM,
  pictureParameterSet,
  sequenceParameterSet,
  type Yuv420,
} from "./h264";
import { muxMp4 } from "./mux";

// The simulator's video fixture: a short clip the project paints and encodes itself (no download, no ffmpeg).
// A gradient background in the variant's colours with a light bar sweeping across and a strip filling along the
// bottom, so anyone looking can tell the clip plays, loops and which of a batch it is. Deterministic: the same
// spec always gives the same bytes, built once per process and kept.

export interface ClipSpec {
  /** Display size, even numbers. */
  width: number;
  height: number;
  frames: number;
  /** Must divide 90000 (mux.ts). */
  fps: number;
  /** Which clip of a batch (0–3): changes the colours. */
  variant: number;
}

export interface Clip {
  spec: ClipSpec;
  mp4: Uint8Array;
  /** The first frame, RGB 8-bit, display size: the simulator turns it into the poster PNG. */
  firstFrame: { width: number; height: number; rgb: Uint8Array };
  durationSeconds: number;
}

/** A keyframe every second or so: seeking lands close, and frame_num stays below its 4-bit limit. */
const KEYFRAME_INTERVAL = 12;

function hsl(h: number, s: number, l: number): [number, number, number] {
  const a = s * Math.min(l, 1 - l);
  const f = (n: number) => {
    const k = (n + h / 30) % 12;
    return Math.round(255 * (l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1))));
  };
  return [f(0), f(8), f(4)];
}

/** Frame `index` of the clip as RGB at display size. */
export function paintFrame(spec: ClipSpec, index: number): Uint8Array {
  const { width, height } = spec;
  const rgb = new Uint8Array(width * height * 3);
  const hue = (spec.variant * 83 + 200) % 360;
  const barWidth = Math.max(4, Math.round(width / 8));
  // The bar sweeps left to right and back once per clip.
  const phase = spec.frames > 1 ? index / (spec.frames - 1) : 0;
  const sweep = phase < 0.5 ? phase * 2 : 2 - phase * 2;
  const barX = Math.round(sweep * (width - barWidth));
  const stripHeight = Math.max(2, Math.round(height / 12));
  const stripEnd = Math.round(((index + 1) / spec.frames) * width);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let colour: [number, number, number];
      if (y >= height - stripHeight) colour = x < stripEnd ? [250, 250, 250] : [30, 30, 30];
      else if (x >= barX && x < barX + barWidth) colour = hsl((hue + 180) % 360, 0.9, 0.82);
      else colour = hsl((hue + (x / width) * 60) % 360, 0.65, 0.3 + (y / height) * 0.3);
      rgb.set(colour, (y * width + x) * 3);
    }
  }
  return rgb;
}

const clampSample = (v: number) => Math.min(254, Math.max(1, Math.round(v)));

/** RGB (display size) → 4:2:0 BT.601 limited range at coded size, edges repeated into the padding. */
export function toYuv420(rgb: Uint8Array, width: number, height: number): Yuv420 {
  const cw = codedSize(width);
  const ch = codedSize(height);
  const at = (x: number, y: number) => (Math.min(y, height - 1) * width + Math.min(x, width - 1)) * 3;
  const y = new Uint8Array(cw * ch);
  const u = new Uint8Array((cw / 2) * (ch / 2));
  const v = new Uint8Array((cw / 2) * (ch / 2));
  for (let py = 0; py < ch; py++) {
    for (let px = 0; px < cw; px++) {
      const i = at(px, py);
      y[py * cw + px] = clampSample(16 + 0.257 * rgb[i]! + 0.504 * rgb[i + 1]! + 0.098 * rgb[i + 2]!);
    }
  }
  for (let cy = 0; cy < ch / 2; cy++) {
    for (let cx = 0; cx < cw / 2; cx++) {
      let r = 0;
      let g = 0;
      let b = 0;
      for (const [dx, dy] of [
        [0, 0],
        [1, 0],
        [0, 1],
        [1, 1],
      ] as const) {
        const i = at(cx * 2 + dx, cy * 2 + dy);
        r += rgb[i]!;
        g += rgb[i + 1]!;
        b += rgb[i + 2]!;
      }
      [r, g, b] = [r / 4, g / 4, b / 4];
      u[cy * (cw / 2) + cx] = clampSample(128 - 0.148 * r - 0.291 * g + 0.439 * b);
      v[cy * (cw / 2) + cx] = clampSample(128 + 0.439 * r - 0.368 * g - 0.071 * b);
    }
  }
  return { width: cw, height: ch, y, u, v };
}

/** Paints and encodes a clip (no cache: see `simClip`). */
export function buildClip(spec: ClipSpec): Clip {
  if (spec.frames < 1 || spec.frames > 600) throw new Error("1 to 600 frames");
  if (KEYFRAME_INTERVAL > MAX_FRAME_NUM) throw new Error("keyframe interval beyond frame_num");
  const samples: Uint8Array[][] = [];
  const keyframes: number[] = [];
  let previous: Yuv420 | undefined;
  let firstRgb: Uint8Array | null = null;
  for (let i = 0; i < spec.frames; i++) {
    const rgb = paintFrame(spec, i);
    firstRgb ??= rgb;
    const pic = toYuv420(rgb, spec.width, spec.height);
    const keyframe = i % KEYFRAME_INTERVAL === 0;
    if (keyframe) keyframes.push(i);
    samples.push([
      encodeFrame(pic, {
        keyframe,
        frameNum: i % KEYFRAME_INTERVAL,
        idrPicId: keyframes.length % 2,
        previous,
      }),
    ]);
    previous = pic;
  }
  const mp4 = muxMp4({
    width: spec.width,
    height: spec.height,
    fps: spec.fps,
    sps: sequenceParameterSet(spec),
    pps: pictureParameterSet(),
    samples,
    keyframes,
  });
  return {
    spec,
    mp4,
    firstFrame: { width: spec.width, height: spec.height, rgb: firstRgb ?? new Uint8Array() },
    durationSeconds: spec.frames / spec.fps,
  };
}

const cache = new Map<string, Clip>();

/** The clip for a spec, built on first use and kept for the life of the process (a few hundred KB each). */
export function simClip(spec: ClipSpec): Clip {
  const key = `${spec.width}x${spec.height}@${spec.fps}x${spec.frames}#${spec.variant}`;
  let clip = cache.get(key);
  if (!clip) {
    clip = buildClip(spec);
    cache.set(key, clip);
  }
  return clip;
}
