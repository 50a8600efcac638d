import { BitWriter, nalUnit } from "./bit-writer";

// A minimal H.264 encoder for the simulator's video fixture: Constrained Baseline, CAVLC, every coded macroblock
// I_PCM (raw samples, so no transform, prediction or entropy coding of residuals is needed). Keyframes code every
// macroblock; the frames between them are P slices that skip (copy) each macroblock unchanged since the previous
// frame and send the changed ones as I_PCM. With only zero motion vectors and intra blocks around, a P_Skip copies
// its co-located block exactly (8.4.1.1), so the decoder's output is exactly the frames we painted.

export const PROFILE_IDC = 66; // Baseline
export const CONSTRAINT_FLAGS = 0xc0; // constraint_set0 + set1: Constrained Baseline
export const LEVEL_IDC = 30; // 3.0: far above what a 256×144 12 fps clip needs

const NAL_SLICE = 1;
const NAL_IDR = 5;
const NAL_SPS = 7;
const NAL_PPS = 8;
const SLICE_P = 5; // "all slices of the picture are P"
const SLICE_I = 7; // "all slices of the picture are I"
const MB_I_PCM_IN_I = 25;
const MB_I_PCM_IN_P = 5 + 25; // intra mb_type numbers follow the five P ones (Table 7-13)
/** frame_num is 4 bits (log2_max_frame_num_minus4 = 0): a keyframe at least every 16 frames keeps it simple. */
export const MAX_FRAME_NUM = 16;

/** One picture in 4:2:0, coded size (multiples of 16); samples 1..254 (old decoders refuse a PCM sample of 0). */
export interface Yuv420 {
  width: number;
  height: number;
  y: Uint8Array;
  u: Uint8Array;
  v: Uint8Array;
}

export interface StreamGeometry {
  /** Display size; the coded size is rounded up to whole macroblocks and cropped back in the SPS. */
  width: number;
  height: number;
}

export const codedSize = (n: number) => Math.ceil(n / 16) * 16;

export function sequenceParameterSet(g: StreamGeometry): Uint8Array {
  if (g.width % 2 || g.height % 2) throw new Error("the display size must be even (4:2:0 cropping)");
  const w = new BitWriter()
    .u(8, PROFILE_IDC)
    .u(8, CONSTRAINT_FLAGS)
    .u(8, LEVEL_IDC)
    .ue(0) // seq_parameter_set_id
    .ue(0) // log2_max_frame_num_minus4
    .ue(2) // pic_order_cnt_type 2: output order = decode order (no B frames)
    .ue(1) // max_num_ref_frames
    .u(1, 0) // gaps_in_frame_num_value_allowed_flag
    .ue(codedSize(g.width) / 16 - 1)
    .ue(codedSize(g.height) / 16 - 1)
    .u(1, 1) // frame_mbs_only_flag
    .u(1, 1); // direct_8x8_inference_flag
  const cropRight = (codedSize(g.width) - g.width) / 2; // in 2-sample units for 4:2:0 frames
  const cropBottom = (codedSize(g.height) - g.height) / 2;
  if (cropRight || cropBottom) w.u(1, 1).ue(0).ue(cropRight).ue(0).ue(cropBottom);
  else w.u(1, 0);
  w.u(1, 0); // vui_parameters_present_flag: the MP4 carries the timing
  return nalUnit(NAL_SPS, 3, w.trailingBits().toBytes());
}

export function pictureParameterSet(): Uint8Array {
  const w = new BitWriter()
    .ue(0) // pic_parameter_set_id
    .ue(0) // seq_parameter_set_id
    .u(1, 0) // entropy_coding_mode_flag: CAVLC
    .u(1, 0) // bottom_field_pic_order_in_frame_present_flag
    .ue(0) // num_slice_groups_minus1
    .ue(0) // num_ref_idx_l0_default_active_minus1
    .ue(0) // num_ref_idx_l1_default_active_minus1
    .u(1, 0) // weighted_pred_flag
    .u(2, 0) // weighted_bipred_idc
    .se(0) // pic_init_qp_minus26
    .se(0) // pic_init_qs_minus26
    .se(0) // chroma_qp_index_offset
    .u(1, 1) // deblocking_filter_control_present_flag: so slices can turn it off
    .u(1, 0) // constrained_intra_pred_flag
    .u(1, 0); // redundant_pic_cnt_present_flag
  return nalUnit(NAL_PPS, 3, w.trailingBits().toBytes());
}

/** The 384 raw samples of one macroblock: 16×16 luma, then 8×8 Cb and 8×8 Cr, each in raster order. */
function macroblockSamples(pic: Yuv420, mbX: number, mbY: number): Uint8Array {
  const out = new Uint8Array(384);
  let o = 0;
  for (let row = 0; row < 16; row++) {
    const start = (mbY * 16 + row) * pic.width + mbX * 16;
    out.set(pic.y.subarray(start, start + 16), o);
    o += 16;
  }
  const cw = pic.width / 2;
  for (const plane of [pic.u, pic.v]) {
    for (let row = 0; row < 8; row++) {
      const start = (mbY * 8 + row) * cw + mbX * 8;
      out.set(plane.subarray(start, start + 8), o);
      o += 8;
    }
  }
  return out;
}

function sameSamples(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export interface FrameCoding {
  /** A keyframe (IDR) codes every macroblock; otherwise `previous` is the reference. */
  keyframe: boolean;
  /** frame_num: 0 on a keyframe, then +1 per frame (< MAX_FRAME_NUM). */
  frameNum: number;
  /** Differs between consecutive keyframes (7.4.3). */
  idrPicId: number;
  previous?: Yuv420;
}

/** One picture as a single slice NAL unit. */
export function encodeFrame(pic: Yuv420, coding: FrameCoding): Uint8Array {
  const { keyframe, frameNum } = coding;
  if (!keyframe && !coding.previous) throw new Error("a P frame needs the previous picture");
  if (frameNum < 0 || frameNum >= MAX_FRAME_NUM) throw new Error("frame_num out of range");
  const w = new BitWriter()
    .ue(0) // first_mb_in_slice
    .ue(keyframe ? SLICE_I : SLICE_P)
    .ue(0) // pic_parameter_set_id
    .u(4, frameNum);
  if (keyframe) w.ue(coding.idrPicId);
  else w.u(1, 0).u(1, 0); // num_ref_idx_active_override_flag, ref_pic_list_modification_flag_l0
  // dec_ref_pic_marking(): IDR no_output_of_prior_pics + long_term_reference; P: sliding window.
  if (keyframe) w.u(1, 0).u(1, 0);
  else w.u(1, 0);
  w.se(0) // slice_qp_delta
    .ue(1); // disable_deblocking_filter_idc: PCM needs none, and skipped blocks must stay exact copies
  const mbCols = pic.width / 16;
  const mbRows = pic.height / 16;
  let skipRun = 0;
  for (let mbY = 0; mbY < mbRows; mbY++) {
    for (let mbX = 0; mbX < mbCols; mbX++) {
      const samples = macroblockSamples(pic, mbX, mbY);
      if (
        !keyframe &&
        coding.previous &&
        sameSamples(samples, macroblockSamples(coding.previous, mbX, mbY))
      ) {
        skipRun++;
        continue;
      }
      if (!keyframe) {
        w.ue(skipRun); // mb_skip_run before every coded macroblock of a P slice
        skipRun = 0;
      }
      w.ue(keyframe ? MB_I_PCM_IN_I : MB_I_PCM_IN_P)
        .alignZero()
        .bytesOut(samples);
    }
  }
  // Skipped macroblocks at the end of a P slice: the last run, then the slice simply ends.
  if (!keyframe && skipRun > 0) w.ue(skipRun);
  return nalUnit(keyframe ? NAL_IDR : NAL_SLICE, keyframe ? 3 : 2, w.trailingBits().toBytes());
}
