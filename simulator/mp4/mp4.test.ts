import { describe, expect, it } from "vitest";

import { BitWriter, escapeRbsp } from "./bit-writer";
import { buildClip, simClip, type ClipSpec } from "./clip";
import { MEDIA_TIMESCALE } from "./mux";

// The fixture is checked structurally here. The e2e browser (Debian Chromium) was seen to decode, play and seek
// clips of every shape the simulator makes (1:1, 16:9 HD, 9:16); the app's video e2e specs depend on that.

interface Box {
  type: string;
  start: number;
  size: number;
  /** Offset of the payload (after the 8-byte header). */
  body: number;
}

const view = (b: Uint8Array) => new DataView(b.buffer, b.byteOffset, b.byteLength);
const u32 = (b: Uint8Array, at: number) => view(b).getUint32(at);

function boxesIn(b: Uint8Array, from: number, to: number): Box[] {
  const out: Box[] = [];
  for (let at = from; at < to;) {
    const size = u32(b, at);
    if (size < 8 || at + size > to) throw new Error(`bad box size ${size} at ${at}`);
    out.push({ type: String.fromCharCode(...b.subarray(at + 4, at + 8)), start: at, size, body: at + 8 });
    at += size;
  }
  return out;
}

/** Follows a path of box types ("moov/trak/mdia"); full boxes' version+flags are skipped where we know them. */
function find(b: Uint8Array, path: string): Box {
  const CONTAINERS = new Set(["moov", "trak", "mdia", "minf", "stbl", "dinf"]);
  let list = boxesIn(b, 0, b.length);
  let found: Box | undefined;
  for (const [i, type] of path.split("/").entries()) {
    found = list.find((x) => x.type === type);
    if (!found) throw new Error(`no ${type}`);
    if (i < path.split("/").length - 1) {
      if (!CONTAINERS.has(type)) throw new Error(`${type} is not a container here`);
      list = boxesIn(b, found.body, found.start + found.size);
    }
  }
  return found as Box;
}

const SPEC: ClipSpec = { width: 128, height: 72, frames: 24, fps: 12, variant: 0 };
const STBL = "moov/trak/mdia/minf/stbl";

describe("simulator mp4 fixture", () => {
  const clip = simClip(SPEC);
  const mp4 = clip.mp4;

  it("is ftyp, moov, mdat whose sizes add up to the file, moov first (fast start)", () => {
    const top = boxesIn(mp4, 0, mp4.length);
    expect(top.map((x) => x.type)).toEqual(["ftyp", "moov", "mdat"]);
    expect(top.reduce((n, x) => n + x.size, 0)).toBe(mp4.length);
    expect(String.fromCharCode(...mp4.subarray(8, 12))).toBe("isom");
  });

  it("declares one frame per sample at the clip's rate; durations agree", () => {
    const stts = find(mp4, `${STBL}/stts`);
    expect(u32(mp4, stts.body + 4)).toBe(1); // one entry
    expect(u32(mp4, stts.body + 8)).toBe(24); // sample_count
    expect(u32(mp4, stts.body + 12)).toBe(MEDIA_TIMESCALE / 12); // sample_delta
    const mdhd = find(mp4, "moov/trak/mdia/mdhd");
    expect(u32(mp4, mdhd.body + 12)).toBe(MEDIA_TIMESCALE);
    expect(u32(mp4, mdhd.body + 16)).toBe(24 * (MEDIA_TIMESCALE / 12));
    const mvhd = find(mp4, "moov/mvhd");
    expect(u32(mp4, mvhd.body + 16) / u32(mp4, mvhd.body + 12)).toBe(2); // 2 s
    expect(clip.durationSeconds).toBe(2);
  });

  it("sample sizes cover mdat exactly, from the offset stco names", () => {
    const stsz = find(mp4, `${STBL}/stsz`);
    expect(u32(mp4, stsz.body + 4)).toBe(0); // sizes vary
    const count = u32(mp4, stsz.body + 8);
    expect(count).toBe(24);
    const sizes = Array.from({ length: count }, (_, i) => u32(mp4, stsz.body + 12 + 4 * i));
    const mdat = find(mp4, "mdat");
    const stco = find(mp4, `${STBL}/stco`);
    expect(u32(mp4, stco.body + 4)).toBe(1);
    expect(u32(mp4, stco.body + 8)).toBe(mdat.body);
    expect(sizes.reduce((n, s) => n + s, 0)).toBe(mdat.size - 8);
    const stsc = find(mp4, `${STBL}/stsc`);
    expect([1, 2, 3].map((k) => u32(mp4, stsc.body + 4 + 4 * k))).toEqual([1, 24, 1]);
    // Each sample is length-prefixed NAL units: an IDR slice (type 5) on keyframes, a P slice (type 1) between.
    let at = mdat.body;
    const types: number[] = [];
    for (const size of sizes) {
      const nalLength = u32(mp4, at);
      expect(nalLength + 4).toBe(size);
      types.push((mp4[at + 4] ?? 0) & 0x1f);
      at += size;
    }
    expect(types.filter((t) => t === 5)).toHaveLength(2);
    expect(types.every((t) => t === 5 || t === 1)).toBe(true);
    // Frames that only move a bar are far smaller than keyframes.
    expect(Math.max(...sizes.filter((_, i) => types[i] === 1))).toBeLessThan((sizes[0] ?? 0) / 2);
  });

  it("marks the keyframes in stss (1-based) and carries SPS/PPS in avcC", () => {
    const stss = find(mp4, `${STBL}/stss`);
    expect(u32(mp4, stss.body + 4)).toBe(2);
    expect([u32(mp4, stss.body + 8), u32(mp4, stss.body + 12)]).toEqual([1, 13]);
    const stsd = find(mp4, `${STBL}/stsd`);
    const avc1 = boxesIn(mp4, stsd.body + 8, stsd.start + stsd.size)[0];
    expect(avc1?.type).toBe("avc1");
    const at = (avc1?.body ?? 0) + 24;
    expect([view(mp4).getUint16(at), view(mp4).getUint16(at + 2)]).toEqual([128, 72]);
    const avcC = boxesIn(mp4, (avc1?.body ?? 0) + 78, (avc1?.start ?? 0) + (avc1?.size ?? 0))[0];
    expect(avcC?.type).toBe("avcC");
    const c = avcC?.body ?? 0;
    // version 1, Constrained Baseline (66, 0xC0), level 3.0: "avc1.42C01E"
    expect(Array.from(mp4.subarray(c, c + 4))).toEqual([1, 66, 0xc0, 30]);
    expect((mp4[c + 8] ?? 0) & 0x1f).toBe(7); // the SPS NAL header
  });

  it("is deterministic and cached; batch variants differ", () => {
    expect(simClip(SPEC)).toBe(clip);
    expect(Buffer.from(buildClip(SPEC).mp4).equals(Buffer.from(mp4))).toBe(true);
    expect(Buffer.from(simClip({ ...SPEC, variant: 1 }).mp4).equals(Buffer.from(mp4))).toBe(false);
    expect(clip.firstFrame.rgb).toHaveLength(128 * 72 * 3);
  });
});

describe("bit writer", () => {
  it("writes Exp-Golomb codes", () => {
    // ue: 0 → 1, 1 → 010, 2 → 011, 3 → 00100; se: 1 → 010, -1 → 011; then the stop bit and padding.
    const bits = new BitWriter().ue(0).ue(1).ue(2).ue(3).se(1).se(-1).trailingBits().toBytes();
    expect(Array.from(bits, (b) => b.toString(2).padStart(8, "0")).join("")).toBe(
      "101001100100010011" + "1" + "00000",
    );
  });

  it("escapes start-code look-alikes", () => {
    expect(Array.from(escapeRbsp(Uint8Array.from([0, 0, 1, 0, 0, 0, 0, 0, 4])))).toEqual([
      0, 0, 3, 1, 0, 0, 3, 0, 0, 3, 0, 4,
    ]);
  });
});
