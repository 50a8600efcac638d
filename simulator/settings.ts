import "server-only";

import { currentHost } from "./host";
import type { AttachmentKind } from "./images";
import type { SimSettings } from "./types";

// Per-process runtime knobs and counters. They live on globalThis so a dev hot reload keeps them (and the one
// background timer) instead of starting fresh copies next to the old ones.

export interface SimStats {
  requests: Record<string, number>;
  submits: number;
  total: number;
  /** Image downloads served from /sim/attachments (not API calls, so not in `total`). */
  images: { previews: number; finals: number };
  /** Clip downloads (and Range reads of them) served from /sim/attachments. */
  videos: number;
}

interface SimGlobals {
  settings: SimSettings;
  stats: SimStats;
  /** Origin of the latest API call; callbacks fired by the background timer need it to build image URLs. */
  lastBaseUrl: string | null;
}

const holder = globalThis as unknown as { __mjSimGlobals?: SimGlobals };

export function defaultSettings(): SimSettings {
  const config = currentHost().config;
  return {
    profile: config.profile,
    durationMs: config.durationMs,
    concurrency: Math.max(1, config.concurrency),
    queueSize: config.queueSize,
    numericResult: false,
    outage: false,
    garbage: false,
    loseNextSubmitAnswers: 0,
    remix: false,
    imageTtlSeconds: config.imageTtlSeconds,
    ignoreNotifyHook: false,
    uploadImages: true,
    editor: true,
    billing: false,
    video: true,
  };
}

function emptyStats(): SimStats {
  return { requests: {}, submits: 0, total: 0, images: { previews: 0, finals: 0 }, videos: 0 };
}

function globals(): SimGlobals {
  holder.__mjSimGlobals ??= { settings: defaultSettings(), stats: emptyStats(), lastBaseUrl: null };
  return holder.__mjSimGlobals;
}

export function getSettings(): SimSettings {
  return globals().settings;
}

export function updateSettings(patch: Partial<SimSettings>): SimSettings {
  const g = globals();
  const defined = Object.fromEntries(
    Object.entries(patch).filter(([, v]) => v !== undefined),
  ) as Partial<SimSettings>;
  g.settings = { ...g.settings, ...defined };
  return g.settings;
}

/** Back to the env defaults (tests). */
export function resetSettings(): SimSettings {
  globals().settings = defaultSettings();
  return globals().settings;
}

export function getStats(): SimStats {
  const { requests, submits, total, images, videos } = globals().stats;
  return { requests: { ...requests }, submits, total, images: { ...images }, videos };
}

export function resetStats(): void {
  globals().stats = emptyStats();
}

/** `POST /mj/task/1730…/cancel` → `POST /mj/task/{id}/cancel`; other paths unchanged. */
export function normaliseEndpoint(method: string, apiPath: string): string {
  const segments = apiPath.split("/");
  // ["", "mj", "task", "<id>", "<op>"]
  if (segments[1] === "mj" && segments[2] === "task" && segments.length === 5) segments[3] = "{id}";
  return `${method.toUpperCase()} ${segments.join("/")}`;
}

export function recordRequest(method: string, apiPath: string): void {
  const stats = globals().stats;
  const key = normaliseEndpoint(method, apiPath);
  stats.requests[key] = (stats.requests[key] ?? 0) + 1;
  stats.total += 1;
}

export function recordImageServed(kind: AttachmentKind): void {
  const stats = globals().stats;
  if (kind === "video") stats.videos += 1;
  else if (kind === "preview") stats.images.previews += 1;
  else stats.images.finals += 1;
}

export function recordSubmit(): void {
  globals().stats.submits += 1;
}

export function setLastBaseUrl(baseUrl: string): void {
  globals().lastBaseUrl = baseUrl;
}

export function getLastBaseUrl(): string {
  return globals().lastBaseUrl ?? currentHost().config.baseUrl;
}
