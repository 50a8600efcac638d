import "server-only";

import { describeButtons, shortenButtons } from "./text-buttons";
import type { ImageKind, ModalKind, PanDirection, SimButton, VersionKey, VideoMotion } from "./types";

// Button sets and customId grammar, as Midjourney (and PLUS/TRUE relaying it) produce them (mj-api.md 8).

function button(customId: string, label: string, emoji = ""): SimButton {
  return { customId, emoji, label, type: 2, style: 2 };
}

/** After any 2×2 grid: U1–U4, reroll, V1–V4 — identical for every version. */
export function gridButtons(hash: string): SimButton[] {
  const quads = [1, 2, 3, 4];
  return [
    ...quads.map((n) => button(`MJ::JOB::upsample::${n}::${hash}`, `U${n}`)),
    button(`MJ::JOB::reroll::0::${hash}::SOLO`, "", "🔄"),
    ...quads.map((n) => button(`MJ::JOB::variation::${n}::${hash}`, `V${n}`)),
  ];
}

function upscalePair(version: VersionKey, hash: string): SimButton[] {
  const solo = (family: string, label: string) =>
    button(`MJ::JOB::${family}::1::${hash}::SOLO`, label, "upscale_1");
  switch (version) {
    case "v5":
    case "niji5":
      return [solo("upsample_v5_2x", "Upscale (2x)"), solo("upsample_v5_4x", "Upscale (4x)")];
    case "v6":
    case "niji6":
      return [
        solo("upsample_v6_2x_subtle", "Upscale (Subtle)"),
        solo("upsample_v6_2x_creative", "Upscale (Creative)"),
      ];
    case "v6.1":
      return [
        solo("upsample_v6r1_2x_subtle", "Upscale (Subtle)"),
        solo("upsample_v6r1_2x_creative", "Upscale (Creative)"),
      ];
    case "v7":
    case "niji7":
    // mj-api.md's button table stops at V7; V8's upscalers are assumed to keep V7's customIds.
    case "v8":
    case "v8.1":
      return [
        solo("upsample_v7_2x_subtle", "Upscale (Subtle)"),
        solo("upsample_v7_2x_creative", "Upscale (Creative)"),
      ];
  }
}

/** Midjourney offers Animate from V7 on (mj-api.md 8.3), and only where the operator enabled video. */
const VIDEO_VERSIONS: ReadonlySet<VersionKey> = new Set(["v7", "niji7"]);

function animateButtons(hash: string): SimButton[] {
  return [
    button(`MJ::JOB::animate_high::1::${hash}::SOLO`, "Animate (High motion)", "🎞️"),
    button(`MJ::JOB::animate_low::1::${hash}::SOLO`, "Animate (Low motion)", "🎞️"),
  ];
}

/** Under a VIDEO result (mj-api.md 8.5): U1…Un for a batch, reroll, then the two Extend buttons. */
export function videoButtons(hash: string, options: { clips: number; hd: boolean }): SimButton[] {
  const indexes = Array.from({ length: options.hd ? 0 : options.clips }, (_, i) => i + 1);
  return [
    ...indexes.map((n) => button(`MJ::JOB::video_virtual_upscale::${n}::${hash}`, `U${n}`)),
    ...(options.hd ? [] : [button(`MJ::JOB::reroll::0::${hash}::SOLO`, "", "🔄")]),
    button(`MJ::JOB::animate_high_extend::1::${hash}`, "Extend (High motion)", "🎞️"),
    button(`MJ::JOB::animate_low_extend::1::${hash}`, "Extend (Low motion)", "🎞️"),
  ];
}

/**
 * After U1–U4 (version-dependent upscale pair first) or, without the pair, after an Upscale (Subtle/Creative)
 * result. Make Square only exists for non-square images.
 */
export function singleButtons(
  version: VersionKey,
  hash: string,
  options: { square: boolean; hd: boolean; video?: boolean },
): SimButton[] {
  const solo = (family: string) => `MJ::JOB::${family}::1::${hash}::SOLO`;
  return [
    ...(options.hd ? [] : upscalePair(version, hash)),
    button(solo("low_variation"), "Vary (Subtle)", "🪄"),
    button(solo("high_variation"), "Vary (Strong)", "🪄"),
    button(`MJ::Inpaint::1::${hash}::SOLO`, "Vary (Region)", "🖌️"),
    button(`MJ::Outpaint::50::1::${hash}::SOLO`, "Zoom Out 2x", "🔍"),
    button(`MJ::Outpaint::75::1::${hash}::SOLO`, "Zoom Out 1.5x", "🔍"),
    button(`MJ::CustomZoom::${hash}`, "Custom Zoom", "🔍"),
    ...(options.square ? [] : [button(`MJ::Outpaint::100::1::${hash}::SOLO`, "Make Square", "↔️")]),
    button(solo("pan_left"), "", "⬅️"),
    button(solo("pan_right"), "", "➡️"),
    button(solo("pan_up"), "", "⬆️"),
    button(solo("pan_down"), "", "⬇️"),
    ...(options.video && VIDEO_VERSIONS.has(version) ? animateButtons(hash) : []),
    button(`MJ::BOOKMARK::${hash}`, "", "❤️"),
  ];
}

/** `video`: the operator enabled video (Animate offered); `clips`: a VIDEO result's batch size. */
export interface ButtonOptions {
  video?: boolean;
  clips?: number;
}

export function buttonsFor(
  kind: ImageKind,
  version: VersionKey,
  hash: string,
  square: boolean,
  options: ButtonOptions = {},
): SimButton[] {
  switch (kind) {
    case "grid":
      return gridButtons(hash);
    case "describe":
      return describeButtons();
    case "shorten":
    case "shorten-details":
      return shortenButtons(kind === "shorten-details");
    case "face":
      // InsightFace posts the swapped picture without any component.
      return [];
    case "single":
    case "single-hd":
      return singleButtons(version, hash, { square, hd: kind === "single-hd", video: options.video });
    case "video":
    case "video-hd":
      return videoButtons(hash, { clips: options.clips ?? 4, hd: kind === "video-hd" });
  }
}

/** A pressed button, decoded. `null` from parseCustomId = not a customId the simulator can run. */
export type ParsedCustomId =
  | { kind: "upsample"; index: number; hash: string }
  | { kind: "upsample_hd"; family: string; hash: string }
  | { kind: "variation"; index: number; hash: string }
  | { kind: "low_variation" | "high_variation"; hash: string }
  | { kind: "reroll"; hash: string }
  | { kind: "pan"; direction: PanDirection; hash: string }
  | { kind: "outpaint"; percent: 50 | 75 | 100; hash: string }
  | { kind: "custom_zoom"; hash: string }
  | { kind: "inpaint"; hash: string }
  | { kind: "bookmark"; hash: string }
  | { kind: "animate" | "animate_extend"; motion: VideoMotion; hash: string }
  | { kind: "video_upscale"; index: number; hash: string };

const HASH = "([0-9a-f-]{36})";
const PATTERNS: Array<[RegExp, (m: RegExpExecArray) => ParsedCustomId | null]> = [
  [
    new RegExp(`^MJ::JOB::upsample::([1-4])::${HASH}$`),
    (m) => ({ kind: "upsample", index: Number(m[1]), hash: m[2]! }),
  ],
  [
    new RegExp(`^MJ::JOB::(upsample_v[0-9a-z_]+)::1::${HASH}::SOLO$`),
    (m) => ({ kind: "upsample_hd", family: m[1]!, hash: m[2]! }),
  ],
  [
    new RegExp(`^MJ::JOB::variation::([1-4])::${HASH}$`),
    (m) => ({ kind: "variation", index: Number(m[1]), hash: m[2]! }),
  ],
  [
    new RegExp(`^MJ::JOB::(low_variation|high_variation)::1::${HASH}::SOLO$`),
    (m) => ({ kind: m[1] as "low_variation" | "high_variation", hash: m[2]! }),
  ],
  [new RegExp(`^MJ::JOB::reroll::0::${HASH}::SOLO$`), (m) => ({ kind: "reroll", hash: m[1]! })],
  [
    new RegExp(`^MJ::JOB::pan_(left|right|up|down)::1::${HASH}::SOLO$`),
    (m) => ({ kind: "pan", direction: m[1] as PanDirection, hash: m[2]! }),
  ],
  [
    new RegExp(`^MJ::Outpaint::(50|75|100)::1::${HASH}::SOLO$`),
    (m) => ({ kind: "outpaint", percent: Number(m[1]) as 50 | 75 | 100, hash: m[2]! }),
  ],
  [new RegExp(`^MJ::CustomZoom::${HASH}$`), (m) => ({ kind: "custom_zoom", hash: m[1]! })],
  [new RegExp(`^MJ::Inpaint::1::${HASH}::SOLO$`), (m) => ({ kind: "inpaint", hash: m[1]! })],
  [new RegExp(`^MJ::BOOKMARK::${HASH}$`), (m) => ({ kind: "bookmark", hash: m[1]! })],
  [
    new RegExp(`^MJ::JOB::animate_(high|low)::1::${HASH}::SOLO$`),
    (m) => ({ kind: "animate", motion: m[1] as VideoMotion, hash: m[2]! }),
  ],
  [
    new RegExp(`^MJ::JOB::animate_(high|low)_extend::1::${HASH}(?:::SOLO)?$`),
    (m) => ({ kind: "animate_extend", motion: m[1] as VideoMotion, hash: m[2]! }),
  ],
  [
    new RegExp(`^MJ::JOB::video_virtual_upscale::([1-4])::${HASH}$`),
    (m) => ({ kind: "video_upscale", index: Number(m[1]), hash: m[2]! }),
  ],
];

export function parseCustomId(customId: string): ParsedCustomId | null {
  for (const [pattern, build] of PATTERNS) {
    const match = pattern.exec(customId);
    if (match) return build(match);
  }
  return null;
}

/** The resulting task's action (mj-api.md 8.8); a reroll repeats the parent's action, IMAGINE after an upscale. */
export function childAction(parsed: ParsedCustomId, parentAction: string): string {
  switch (parsed.kind) {
    case "upsample":
    case "upsample_hd":
      return "UPSCALE";
    case "variation":
    case "low_variation":
    case "high_variation":
    case "inpaint":
      return "VARIATION";
    case "reroll":
      return parentAction === "UPSCALE" ? "IMAGINE" : parentAction;
    case "pan":
      return "PAN";
    case "outpaint":
    case "custom_zoom":
      return "ZOOM";
    case "bookmark":
      return "BOOKMARK";
    case "animate":
    case "animate_extend":
    case "video_upscale":
      return "VIDEO";
  }
}

const REMIX_KINDS: ReadonlySet<ParsedCustomId["kind"]> = new Set([
  "variation",
  "low_variation",
  "high_variation",
  "reroll",
  "pan",
  "animate",
  "animate_extend",
]);

/**
 * Custom Zoom and Vary (Region) always open Midjourney's dialog (code 21 + status MODAL); with Remix mode on,
 * variations, rerolls and pans do too, so the prompt can be edited first (mj-api.md 8.8).
 */
export function modalKindOf(parsed: ParsedCustomId, remix = false): ModalKind | null {
  if (parsed.kind === "custom_zoom") return "CustomZoom";
  if (parsed.kind === "inpaint") return "Inpaint";
  if (remix && REMIX_KINDS.has(parsed.kind)) return "Remix";
  return null;
}

/** What the result of pressing the button looks like. */
export function childImageKind(parsed: ParsedCustomId): ImageKind {
  if (parsed.kind === "upsample") return "single";
  if (parsed.kind === "upsample_hd") return "single-hd";
  if (parsed.kind === "animate" || parsed.kind === "animate_extend") return "video";
  if (parsed.kind === "video_upscale") return "video-hd";
  return "grid";
}

/** Short label used in the child's `/up <parentId> <label>` description. */
export function describeButton(parsed: ParsedCustomId): string {
  switch (parsed.kind) {
    case "upsample":
      return `U${parsed.index}`;
    case "variation":
      return `V${parsed.index}`;
    case "reroll":
      return "R";
    case "upsample_hd":
      return parsed.family;
    case "pan":
      return `Pan ${parsed.direction}`;
    case "outpaint":
      return parsed.percent === 100 ? "Make Square" : `Zoom Out ${parsed.percent === 50 ? "2x" : "1.5x"}`;
    case "custom_zoom":
      return "Custom Zoom";
    case "inpaint":
      return "Vary (Region)";
    case "low_variation":
      return "Vary (Subtle)";
    case "high_variation":
      return "Vary (Strong)";
    case "bookmark":
      return "Favorite";
    case "animate":
      return `Animate (${parsed.motion === "high" ? "High" : "Low"} motion)`;
    case "animate_extend":
      return `Extend (${parsed.motion === "high" ? "High" : "Low"} motion)`;
    case "video_upscale":
      return `U${parsed.index}`;
  }
}
