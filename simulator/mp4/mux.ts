import { CONSTRAINT_FLAGS, LEVEL_IDC, PROFILE_IDC } from "./h264";

// ISO/IEC 14496-12 + 14496-15 muxing of one H.264 track: ftyp, moov (mvhd, trak → tkhd, mdia → mdhd, hdlr,
// minf → vmhd, dinf, stbl → stsd/avc1/avcC, stts, stss, stsc, stsz, stco), then mdat. moov comes first so a
// player can start before the whole file arrived ("fast start"), which is what Range requests are for.

/** 90 kHz, the MPEG clock: every frame rate the fixture uses (8, 10, 12) divides it. */
export const MEDIA_TIMESCALE = 90_000;
const MOVIE_TIMESCALE = 1_000;

export interface EncodedTrack {
  width: number;
  height: number;
  fps: number;
  sps: Uint8Array;
  pps: Uint8Array;
  /** One access unit per frame: its slice NAL unit(s), without start codes or lengths. */
  samples: Uint8Array[][];
  /** 0-based indexes of the keyframes (IDR). */
  keyframes: number[];
}

class Bytes {
  private readonly parts: number[] = [];
  u8(v: number) {
    this.parts.push(v & 0xff);
    return this;
  }
  u16(v: number) {
    return this.u8(v >>> 8).u8(v);
  }
  u32(v: number) {
    return this.u16(v >>> 16).u16(v & 0xffff);
  }
  ascii(s: string) {
    for (const c of s) this.u8(c.charCodeAt(0));
    return this;
  }
  raw(data: ArrayLike<number>) {
    for (let i = 0; i < data.length; i++) this.u8(data[i] ?? 0);
    return this;
  }
  zeros(n: number) {
    for (let i = 0; i < n; i++) this.u8(0);
    return this;
  }
  done(): Uint8Array {
    return Uint8Array.from(this.parts);
  }
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/** A box: 32-bit size, four-character type, payload (children already serialised). */
export function box(type: string, ...payload: Uint8Array[]): Uint8Array {
  const body = concat(payload);
  return concat([
    new Bytes()
      .u32(body.length + 8)
      .ascii(type)
      .done(),
    body,
  ]);
}

/** A full box: box + version (8 bits) + flags (24 bits). */
function fullBox(type: string, version: number, flags: number, ...payload: Uint8Array[]): Uint8Array {
  return box(
    type,
    new Bytes()
      .u8(version)
      .u8(flags >>> 16)
      .u16(flags & 0xffff)
      .done(),
    ...payload,
  );
}

const IDENTITY_MATRIX = [0x10000, 0, 0, 0, 0x10000, 0, 0, 0, 0x40000000];
const matrix = () => {
  const b = new Bytes();
  for (const v of IDENTITY_MATRIX) b.u32(v);
  return b.done();
};

function avcC(track: EncodedTrack): Uint8Array {
  return box(
    "avcC",
    new Bytes()
      .u8(1) // configurationVersion
      .u8(PROFILE_IDC)
      .u8(CONSTRAINT_FLAGS)
      .u8(LEVEL_IDC)
      .u8(0xfc | 3) // lengthSizeMinusOne = 3: 4-byte NAL lengths
      .u8(0xe0 | 1) // one SPS
      .u16(track.sps.length)
      .raw(track.sps)
      .u8(1) // one PPS
      .u16(track.pps.length)
      .raw(track.pps)
      .done(),
  );
}

function sampleEntry(track: EncodedTrack): Uint8Array {
  const name = "MJ Studio simulator";
  const head = new Bytes()
    .zeros(6) // reserved
    .u16(1) // data_reference_index
    .zeros(16) // pre_defined, reserved, pre_defined[3]
    .u16(track.width)
    .u16(track.height)
    .u32(0x00480000) // 72 dpi
    .u32(0x00480000)
    .u32(0)
    .u16(1) // frame_count per sample
    .u8(name.length)
    .ascii(name)
    .zeros(31 - name.length)
    .u16(0x0018) // depth: colour, no alpha
    .u16(0xffff) // pre_defined = -1
    .done();
  return box("avc1", head, avcC(track));
}

/** A sample as stored in mdat: each NAL unit behind its 4-byte length. */
function sampleBytes(nals: Uint8Array[]): Uint8Array {
  return concat(nals.map((n) => concat([new Bytes().u32(n.length).done(), n])));
}

function sampleTable(track: EncodedTrack, sizes: number[], chunkOffset: number): Uint8Array {
  const delta = MEDIA_TIMESCALE / track.fps;
  const stss = new Bytes().u32(track.keyframes.length);
  for (const k of track.keyframes) stss.u32(k + 1); // sample numbers are 1-based
  const stsz = new Bytes().u32(0).u32(sizes.length);
  for (const s of sizes) stsz.u32(s);
  return box(
    "stbl",
    fullBox("stsd", 0, 0, new Bytes().u32(1).done(), sampleEntry(track)),
    fullBox("stts", 0, 0, new Bytes().u32(1).u32(sizes.length).u32(delta).done()),
    fullBox("stss", 0, 0, stss.done()),
    // All samples in one chunk: one stsc entry and one chunk offset.
    fullBox("stsc", 0, 0, new Bytes().u32(1).u32(1).u32(sizes.length).u32(1).done()),
    fullBox("stsz", 0, 0, stsz.done()),
    fullBox("stco", 0, 0, new Bytes().u32(1).u32(chunkOffset).done()),
  );
}

function movie(track: EncodedTrack, sizes: number[], chunkOffset: number): Uint8Array {
  const frames = sizes.length;
  if (MEDIA_TIMESCALE % track.fps) throw new Error("the frame rate must divide 90000");
  const mediaDuration = (frames * MEDIA_TIMESCALE) / track.fps;
  const movieDuration = Math.round((frames * MOVIE_TIMESCALE) / track.fps);
  const mvhd = new Bytes()
    .u32(0) // creation_time: 0 keeps the file byte-for-byte deterministic
    .u32(0)
    .u32(MOVIE_TIMESCALE)
    .u32(movieDuration)
    .u32(0x00010000) // rate 1.0
    .u16(0x0100) // volume 1.0
    .zeros(10)
    .raw(matrix())
    .zeros(24) // pre_defined
    .u32(2) // next_track_ID
    .done();
  const tkhd = new Bytes()
    .u32(0)
    .u32(0)
    .u32(1) // track_ID
    .u32(0)
    .u32(movieDuration)
    .zeros(8)
    .u16(0) // layer
    .u16(0) // alternate_group
    .u16(0) // volume: a video track
    .u16(0)
    .raw(matrix())
    .u32(track.width * 0x10000)
    .u32(track.height * 0x10000)
    .done();
  const mdhd = new Bytes().u32(0).u32(0).u32(MEDIA_TIMESCALE).u32(mediaDuration).u16(0x55c4).u16(0).done(); // "und"
  const hdlr = new Bytes().u32(0).ascii("vide").zeros(12).ascii("VideoHandler").u8(0).done();
  const dref = fullBox("dref", 0, 0, new Bytes().u32(1).done(), fullBox("url ", 0, 1));
  const minf = box(
    "minf",
    fullBox("vmhd", 0, 1, new Bytes().zeros(8).done()),
    box("dinf", dref),
    sampleTable(track, sizes, chunkOffset),
  );
  const mdia = box("mdia", fullBox("mdhd", 0, 0, mdhd), fullBox("hdlr", 0, 0, hdlr), minf);
  return box("moov", fullBox("mvhd", 0, 0, mvhd), box("trak", fullBox("tkhd", 0, 3, tkhd), mdia));
}

/** The whole .mp4 file. */
export function muxMp4(track: EncodedTrack): Uint8Array {
  if (track.samples.length === 0) throw new Error("a clip needs at least one frame");
  const ftyp = box(
    "ftyp",
    new Bytes().ascii("isom").u32(0x200).ascii("isom").ascii("iso2").ascii("avc1").ascii("mp41").done(),
  );
  const samples = track.samples.map(sampleBytes);
  const sizes = samples.map((s) => s.length);
  // moov's size does not depend on the offset's value (stco is 32-bit), so measure it once with a dummy.
  const moovSize = movie(track, sizes, 0).length;
  const mdatPayloadOffset = ftyp.length + moovSize + 8;
  return concat([ftyp, movie(track, sizes, mdatPayloadOffset), box("mdat", ...samples)]);
}
