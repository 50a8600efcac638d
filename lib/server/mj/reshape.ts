import "server-only";

import { withoutCallbackUrls } from "./callback-url-scrub";
import { parseVideos, type UpstreamVideo } from "./reshape-video";
import { cleanUpstreamProse, cleanUpstreamText } from "./sanitise";
import { ButtonWire, TaskWire } from "./schemas";

export type { UpstreamVideo } from "./reshape-video";

export type UpstreamStatus =
  "NOT_START" | "SUBMITTED" | "IN_PROGRESS" | "MODAL" | "SUCCESS" | "FAILURE" | "CANCEL" | "UNKNOWN";

export interface UpstreamButton {
  customId: string;
  label: string;
  emoji: string;
}

export interface UpstreamTask {
  upstreamId: string;
  /** Upper-case ^[A-Z_]{1,40}$, or "" when the upstream sent none we can use (the stored action is kept then). */
  action: string;
  status: UpstreamStatus;
  /** 0..100, parsed leniently; null when unknown (not started, failed, exotic text). */
  progress: number | null;
  prompt: string | null;
  promptEn: string | null;
  finalPrompt: string | null;
  imageUrl: string | null;
  imageWidth: number | null;
  imageHeight: number | null;
  failReason: string | null;
  /** Echo of the `state` sent with the submit (the studio puts its own task id there). */
  state: string | null;
  submitTime: Date | null;
  startTime: Date | null;
  finishTime: Date | null;
  /** null = upstream sent none (OSS, or AGG before its first sync); [] = sent an empty list. */
  buttons: UpstreamButton[] | null;
  /** Video results (action VIDEO), the main one first; [] for every other task or while a video renders. */
  videos: UpstreamVideo[];
  /** The JSON object as received, minus any copy of our callback URL (callback-url-scrub.ts): it is stored. */
  raw: unknown;
}

const KNOWN_STATUSES = new Set<UpstreamStatus>([
  "NOT_START",
  "SUBMITTED",
  "IN_PROGRESS",
  "MODAL",
  "SUCCESS",
  "FAILURE",
  "CANCEL",
]);

export function parseStatus(value: string | null | undefined): UpstreamStatus {
  if (value === null || value === undefined) return "UNKNOWN";
  const s = value.trim().toUpperCase();
  // The aggregator reports "" from submission until its first upstream sync (≤ 15 s).
  if (s === "") return "SUBMITTED";
  return KNOWN_STATUSES.has(s as UpstreamStatus) ? (s as UpstreamStatus) : "UNKNOWN";
}

/** "37%" → 37, 37 → 37, "" / null / "paused" → null; clamped to 0..100. */
export function parseProgress(value: string | number | null | undefined): number | null {
  let n: number;
  if (typeof value === "number") n = value;
  else if (typeof value === "string") {
    const m = /^\s*(\d+(?:\.\d+)?)/.exec(value);
    if (!m?.[1]) return null;
    n = Number(m[1]);
  } else return null;
  if (!Number.isFinite(n)) return null;
  return Math.min(100, Math.max(0, Math.round(n)));
}

/** Epoch milliseconds (number or numeric string); 0 / null / garbage → null. */
export function parseTime(value: string | number | null | undefined): Date | null {
  let ms: number;
  if (typeof value === "number") ms = value;
  else if (typeof value === "string" && /^\s*\d+\s*$/.test(value)) ms = Number(value);
  else if (typeof value === "string" && value.trim()) ms = Date.parse(value);
  else return null;
  if (!Number.isFinite(ms) || ms <= 0) return null;
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** Ids must stay strings: a JSON number is accepted only while it is still exact. */
export function normaliseId(value: unknown): string | null {
  if (typeof value === "string") return value.trim() || null;
  if (typeof value === "number" && Number.isSafeInteger(value) && value >= 0) return String(value);
  return null;
}

function text(value: string | null | undefined): string | null {
  if (typeof value !== "string") return null;
  // Aggregators send "" for "unknown"; callers only need to distinguish present from absent.
  return value.trim() === "" ? null : value;
}

function dimension(value: string | number | null | undefined): number | null {
  const n = typeof value === "string" ? Number(value) : value;
  return typeof n === "number" && Number.isInteger(n) && n > 0 ? n : null;
}

// Upstream-provided fields are stored and shown, and reach us from callbacks too: each is bounded here, on the
// one path reads and callbacks share. Real values sit far below these limits (Midjourney shows ≤ 20 buttons, its
// custom ids are ~60 characters, and prompts are capped upstream well below 8,000).
export const MAX_PROMPT_CHARS = 8_000;
export const MAX_BUTTONS = 50;
export const MAX_BUTTON_FIELD_CHARS = 200;
const ACTION = /^[A-Z_]{1,40}$/;
const PRINTABLE_ID = /^[\x21-\x7e]+$/;

/** Other profiles' names for one of our actions: the aggregator labels an edit EDITS (mj-api.md 6.2, 11.9). */
const ACTION_ALIASES: Readonly<Record<string, string>> = { EDITS: "EDIT" };

/** The action in upper case, or "" for none or one that is not an action name (never stored then). */
function parseAction(value: string | null | undefined): string {
  const action = text(value)?.trim().toUpperCase() ?? "";
  return ACTION.test(action) ? (ACTION_ALIASES[action] ?? action) : "";
}

/** A prompt as the upstream echoes it (line breaks kept: describe and shorten list results by line), without control or bidi characters and bounded. */
function promptText(value: string | null | undefined): string | null {
  const raw = text(value);
  return raw === null ? null : cleanUpstreamProse(raw, MAX_PROMPT_CHARS) || null;
}

function parseButtons(list: unknown[] | null | undefined): UpstreamButton[] | null {
  if (!list) return null;
  const out: UpstreamButton[] = [];
  for (const item of list) {
    if (out.length >= MAX_BUTTONS) break;
    // Link buttons (no customId) cannot be pressed through the API: drop them. A custom id is sent back verbatim,
    // so one too long or with odd characters is dropped whole rather than cut into a different id.
    const b = ButtonWire.safeParse(item);
    if (!b.success) continue;
    const { customId } = b.data;
    if (customId.length > MAX_BUTTON_FIELD_CHARS || !PRINTABLE_ID.test(customId)) continue;
    out.push({
      customId,
      label: cleanUpstreamText(b.data.label ?? "", MAX_BUTTON_FIELD_CHARS),
      emoji: cleanUpstreamText(b.data.emoji ?? "", MAX_BUTTON_FIELD_CHARS),
    });
  }
  return out;
}

/**
 * Vendor Task JSON → UpstreamTask. Returns null when the value is not an object or carries no
 * usable id (and no `fallbackId` was given, e.g. the id we asked for in a fetch).
 */
export function reshapeTask(raw: unknown, fallbackId?: string): UpstreamTask | null {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return null;
  const parsed = TaskWire.safeParse(raw);
  if (!parsed.success) return null;
  const t = parsed.data;
  const upstreamId = normaliseId(t.id) ?? fallbackId ?? null;
  if (!upstreamId) return null;
  return {
    upstreamId,
    action: parseAction(t.action),
    status: parseStatus(t.status),
    progress: parseProgress(t.progress),
    prompt: text(t.prompt),
    promptEn: promptText(t.promptEn),
    finalPrompt: promptText(t.properties?.finalPrompt),
    imageUrl: text(t.imageUrl)?.trim() ?? null,
    imageWidth: dimension(t.imageWidth),
    imageHeight: dimension(t.imageHeight),
    // Shown to users as the upstream's own words: cleaned of control/bidi characters and bounded.
    failReason: text(t.failReason) === null ? null : cleanUpstreamText(t.failReason ?? "", 500) || null,
    state: text(t.state),
    submitTime: parseTime(t.submitTime),
    startTime: parseTime(t.startTime),
    finishTime: parseTime(t.finishTime),
    buttons: parseButtons(t.buttons),
    videos: parseVideos(t.videoUrl, t.videoUrls),
    raw: withoutCallbackUrls(raw),
  };
}
