// Upstream buttons often carry only an emoji ("🔄", "⬅️") or a Discord emoji name ("upscale_1"); screen readers
// and e2e tests need words. The customId family is the most reliable source (labels vary by version and language,
// mj-api.md 8), then the label, then the emoji, then the opaque customId. Pure, so the mapping is unit-tested.
import type { TaskButtonDto } from "@/lib/schemas/task";

export const buttonNameKeys = [
  "u1",
  "u2",
  "u3",
  "u4",
  "v1",
  "v2",
  "v3",
  "v4",
  "reroll",
  "panLeft",
  "panRight",
  "panUp",
  "panDown",
  "favorite",
  "zoom",
  "vary",
  "varyRegion",
  "upscale",
  "animate",
  "upscaleSubtle",
  "upscaleCreative",
  "upscale2x",
  "upscale4x",
  "varySubtle",
  "varyStrong",
  "zoomOut2x",
  "zoomOut15x",
  "customZoom",
  "makeSquare",
  "animateHigh",
  "animateLow",
  "extendHigh",
  "extendLow",
  "picReader1",
  "picReader2",
  "picReader3",
  "picReader4",
  "picReaderAll",
  "picReaderRetry",
  "analyzer1",
  "analyzer2",
  "analyzer3",
  "analyzer4",
  "analyzer5",
  "showDetails",
] as const;
export type ButtonNameKey = (typeof buttonNameKeys)[number];

/** Icons are drawn per kind of action, not per button: several names share one picture. */
export type ButtonIconKey =
  | "reroll"
  | "panLeft"
  | "panRight"
  | "panUp"
  | "panDown"
  | "favorite"
  | "zoom"
  | "vary"
  | "varyRegion"
  | "upscale"
  | "animate"
  | "square"
  | "imagine"
  | "details";

const VARIATION_SELECTOR = /\uFE0F/g;

// Keys are compared without U+FE0F, which the upstream sends on some platforms and not on others.
const byEmoji: Record<string, ButtonNameKey> = {
  "🔄": "reroll",
  "⬅": "panLeft",
  "➡": "panRight",
  "⬆": "panUp",
  "⬇": "panDown",
  "❤": "favorite",
  "🔍": "zoom",
  "🪄": "vary",
  "🖌": "varyRegion",
  "🎞": "animate",
  "↔": "makeSquare",
  "🎉": "picReaderAll",
  upscale_1: "upscale",
};

export function emojiNameKey(emoji: string): ButtonNameKey | null {
  return byEmoji[emoji.replace(VARIATION_SELECTOR, "").trim()] ?? null;
}

/** A Discord custom emoji arrives as its name; that is not something to display. */
export function isDisplayableEmoji(emoji: string): boolean {
  return emoji !== "" && !/^[\w-]+$/.test(emoji);
}

/** A key of the "buttons" messages (translated), or text to show as it is (an unknown upstream label). */
export type ButtonName = { text: string } | { key: ButtonNameKey };

// customId grammar per family (mj-api.md 8.2–8.8); case matters upstream, so the patterns are case-sensitive.
const families: Array<[RegExp, (m: RegExpExecArray) => ButtonName]> = [
  [/^MJ::JOB::upsample::([1-4])::/, (m) => ({ key: `u${m[1]}` as ButtonNameKey })],
  [/^MJ::JOB::video_virtual_upscale::([1-4])::/, (m) => ({ key: `u${m[1]}` as ButtonNameKey })],
  [/^MJ::JOB::variation::([1-4])::/, (m) => ({ key: `v${m[1]}` as ButtonNameKey })],
  [/^MJ::JOB::upsample_v\w*_subtle::/, () => ({ key: "upscaleSubtle" })],
  [/^MJ::JOB::upsample_v\w*_creative::/, () => ({ key: "upscaleCreative" })],
  [/^MJ::JOB::upsample_v\w*_2x::/, () => ({ key: "upscale2x" })],
  [/^MJ::JOB::upsample_v\w*_4x::/, () => ({ key: "upscale4x" })],
  [/^MJ::JOB::upsample_v\w*::/, () => ({ key: "upscale" })],
  [/^MJ::JOB::low_variation::/, () => ({ key: "varySubtle" })],
  [/^MJ::JOB::high_variation::/, () => ({ key: "varyStrong" })],
  [/^MJ::Inpaint::/, () => ({ key: "varyRegion" })],
  [/^MJ::Outpaint::50::/, () => ({ key: "zoomOut2x" })],
  [/^MJ::Outpaint::75::/, () => ({ key: "zoomOut15x" })],
  [/^MJ::Outpaint::100::/, () => ({ key: "makeSquare" })],
  [/^MJ::CustomZoom::/, () => ({ key: "customZoom" })],
  [/^MJ::JOB::pan_left::/, () => ({ key: "panLeft" })],
  [/^MJ::JOB::pan_right::/, () => ({ key: "panRight" })],
  [/^MJ::JOB::pan_up::/, () => ({ key: "panUp" })],
  [/^MJ::JOB::pan_down::/, () => ({ key: "panDown" })],
  [/^MJ::JOB::reroll::/, () => ({ key: "reroll" })],
  [/^MJ::JOB::animate_high_extend::/, () => ({ key: "extendHigh" })],
  [/^MJ::JOB::animate_low_extend::/, () => ({ key: "extendLow" })],
  [/^MJ::JOB::animate_high::/, () => ({ key: "animateHigh" })],
  [/^MJ::JOB::animate_low::/, () => ({ key: "animateLow" })],
  [/^MJ::BOOKMARK::/, () => ({ key: "favorite" })],
  [/^MJ::Job::PicReader::all$/, () => ({ key: "picReaderAll" })],
  [/^MJ::Job::PicReader::([1-4])$/, (m) => ({ key: `picReader${m[1]}` as ButtonNameKey })],
  [/^MJ::Picread::Retry$/, () => ({ key: "picReaderRetry" })],
  [/^MJ::Job::PromptAnalyzer::([1-5])$/, (m) => ({ key: `analyzer${m[1]}` as ButtonNameKey })],
  // The real customId of "Show Details" is undocumented (8.7); any other analyzer id is taken to be it.
  [/^MJ::Job::PromptAnalyzer::/, () => ({ key: "showDetails" })],
];

/** The name a known customId family gives a button, or null for a button we do not know. */
export function familyName(customId: string): ButtonName | null {
  for (const [pattern, name] of families) {
    const match = pattern.exec(customId);
    if (match) return name(match);
  }
  return null;
}

// The English labels Midjourney gives its buttons (mj-api.md 8.3–8.6), for buttons whose customId we do not
// know and for the stored label of a pressed button (a child task's badge), so both can be translated.
const byLabel: Record<string, ButtonNameKey> = {
  "Upscale (Subtle)": "upscaleSubtle",
  "Upscale (Creative)": "upscaleCreative",
  "Upscale (2x)": "upscale2x",
  "Upscale (4x)": "upscale4x",
  "Vary (Subtle)": "varySubtle",
  "Vary (Strong)": "varyStrong",
  "Vary (Region)": "varyRegion",
  "Zoom Out 2x": "zoomOut2x",
  "Zoom Out 1.5x": "zoomOut15x",
  "Custom Zoom": "customZoom",
  "Make Square": "makeSquare",
  "Make Variations": "vary",
  "Imagine all": "picReaderAll",
  "Show Details": "showDetails",
};

/** Words for a label the upstream (or our server, "U2") gave a button: "V3", "Vary (Strong)", "🔄"; else null. */
export function labelNameKey(label: string): ButtonNameKey | null {
  const trimmed = label.trim();
  const grid = /^([UV])([1-4])$/.exec(trimmed);
  if (grid) return `${grid[1] === "U" ? "u" : "v"}${grid[2]}` as ButtonNameKey;
  return byLabel[trimmed] ?? emojiNameKey(trimmed);
}

/**
 * Accessible name: customId family, else a known label, else the label as sent, else words for the emoji, else
 * the opaque customId.
 */
export function buttonName(button: TaskButtonDto): ButtonName {
  const family = familyName(button.customId);
  if (family) return family;
  const label = button.label.trim();
  const known = label ? labelNameKey(label) : null;
  if (known) return { key: known };
  if (label) return { text: label };
  const key = emojiNameKey(button.emoji);
  if (key) return { key };
  return { text: button.customId };
}

const iconOf: Partial<Record<ButtonNameKey, ButtonIconKey>> = {
  reroll: "reroll",
  picReaderRetry: "reroll",
  panLeft: "panLeft",
  panRight: "panRight",
  panUp: "panUp",
  panDown: "panDown",
  favorite: "favorite",
  zoom: "zoom",
  zoomOut2x: "zoom",
  zoomOut15x: "zoom",
  customZoom: "zoom",
  vary: "vary",
  varySubtle: "vary",
  varyStrong: "vary",
  varyRegion: "varyRegion",
  upscale: "upscale",
  upscaleSubtle: "upscale",
  upscaleCreative: "upscale",
  upscale2x: "upscale",
  upscale4x: "upscale",
  animate: "animate",
  animateHigh: "animate",
  animateLow: "animate",
  extendHigh: "animate",
  extendLow: "animate",
  makeSquare: "square",
  picReaderAll: "imagine",
  showDetails: "details",
};

/**
 * The drawn icon of a button, or null. Keycap buttons (1️⃣…5️⃣) keep their emoji: the digit is the information.
 */
export function buttonIconKey(button: TaskButtonDto): ButtonIconKey | null {
  const family = familyName(button.customId);
  if (family) return "key" in family ? (iconOf[family.key] ?? null) : null;
  const key = emojiNameKey(button.emoji);
  return key ? (iconOf[key] ?? null) : null;
}
