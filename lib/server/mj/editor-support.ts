import "server-only";

// Which editor endpoints the upstream has (mj-api.md 4.12): TRUE has POST /submit/edit (alias /edits) and
// /submit/retexture, the aggregator (new-api) only /submit/edits, PLUS and OSS neither. Learnt from the first
// answer, the way upload-support.ts learns /submit/upload-discord-images and the legacy /submit/change fallback
// learns /submit/action: a 404/405 without an MJ body means the route is missing. What was learnt belongs to one
// upstream (base URL + saved-settings version), so pointing the studio elsewhere, or saving its settings, forgets
// it; an "absent" is asked again after ABSENT_RECHECK_MS, since an operator may upgrade the proxy behind one URL.

import { ABSENT_RECHECK_MS } from "./upload-support";

export type EditorFeature = "edit" | "retexture";

/** The path that works for a feature, or "absent" when the upstream has none of its paths. */
export type EditorPath = "/submit/edit" | "/submit/edits" | "/submit/retexture";
export type EditorSupport =
  { state: "unknown" } | { state: "present"; path: EditorPath } | { state: "absent" };

interface Known {
  key: string;
  support: Exclude<EditorSupport, { state: "unknown" }>;
  at: number;
}

const g = globalThis as unknown as { mjStudioEditorSupport?: Partial<Record<EditorFeature, Known>> };

function known(): Partial<Record<EditorFeature, Known>> {
  g.mjStudioEditorSupport ??= {};
  return g.mjStudioEditorSupport;
}

/** What is known about `feature` for the upstream identified by `key`. */
export function editorSupport(feature: EditorFeature, key: string, now: number = Date.now()): EditorSupport {
  const entry = known()[feature];
  if (!entry || entry.key !== key) return { state: "unknown" };
  if (entry.support.state === "absent" && now - entry.at >= ABSENT_RECHECK_MS) return { state: "unknown" };
  return entry.support;
}

export function rememberEditorSupport(
  feature: EditorFeature,
  key: string,
  support: Exclude<EditorSupport, { state: "unknown" }>,
  now: number = Date.now(),
): void {
  known()[feature] = { key, support, at: now };
}

export function forgetEditorSupport(): void {
  g.mjStudioEditorSupport = {};
}
