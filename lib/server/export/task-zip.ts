import "server-only";

import { strToU8, zipSync, type Zippable } from "fflate";

import { parsePrompt } from "@/lib/params";

// "Download as zip" for a gallery selection: each task's image plus a JSON sidecar with everything needed
// to understand or redo it (prompt, params, seed, lineage), and a manifest.json for the whole export.

export interface TaskLink {
  id: string;
  action: string;
  buttonLabel: string | null;
}

export interface TaskExportMeta {
  id: string;
  action: string;
  status: string;
  prompt: string;
  finalPrompt: string | null;
  botType: string | null;
  /** The prompt's params as taskParams() reads them. */
  params: Record<string, unknown>;
  seed: string | null;
  author: { id: string; name: string } | null;
  parent: TaskLink | null;
  children: TaskLink[];
  /** ISO 8601. */
  createdAt: string;
  finishedAt: string | null;
  size: { width: number; height: number } | null;
  /** Our own page for the task, `/tasks/<id>`. */
  sourceUrl: string;
}

export interface TaskExportEntry {
  meta: TaskExportMeta;
  image: { bytes: Uint8Array; mime: string } | null;
}

export interface TaskZipOptions {
  exportedAt: Date;
  exportedBy: string;
}

const EXTENSIONS: Record<string, string> = {
  "image/png": "png",
  "image/jpeg": "jpg",
  "image/jpg": "jpg",
  "image/webp": "webp",
  "image/gif": "gif",
};
const SLUG_MAX = 40;
// fflate (and the zip format's DOS timestamps) only accept 1980–2099.
const ZIP_MIN_TIME = Date.UTC(1980, 0, 2);
const ZIP_MAX_TIME = Date.UTC(2099, 11, 31);

/**
 * The prompt's params by the name typed (lower-cased, `--` or `—` dropped): `--ar 16:9 --stylize 250` →
 * `{ ar: "16:9", stylize: "250" }`. Bare flags (`--tile`) are `true`; a repeated param keeps its last value,
 * as in Midjourney. Values stay text so the sidecar shows exactly what was sent.
 */
export function taskParams(prompt: string): Record<string, string | true> {
  const params: Record<string, string | true> = {};
  for (const param of parsePrompt(prompt).params) {
    params[param.name.toLowerCase()] = param.value === "" ? true : param.value;
  }
  return params;
}

/**
 * Lower-case ASCII words joined by "-", cut at a word boundary. Accents are folded (é → e) and every other
 * script is dropped, which also removes every character some OS forbids in file names.
 */
export function promptSlug(prompt: string): string {
  const words = parsePrompt(prompt)
    .body.normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = "";
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > SLUG_MAX) {
      // A single huge word still gets a (truncated) slug rather than none.
      if (!slug) slug = word.slice(0, SLUG_MAX);
      break;
    }
    slug = next;
  }
  return slug;
}

export function extensionFor(mime: string): string {
  const base = mime.split(";")[0]?.trim().toLowerCase() ?? "";
  return EXTENSIONS[base] ?? "bin";
}

/** UTC day of an ISO timestamp; "undated" keeps the name well-formed when the value is unreadable. */
function dayOf(iso: string): string {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? "undated" : new Date(time).toISOString().slice(0, 10);
}

/** `<day>_<id>[_<slug>]`; ids come from the upstream, so they are filtered like any other text. */
export function taskBaseName(meta: Pick<TaskExportMeta, "id" | "createdAt" | "prompt">): string {
  const id = meta.id.replace(/[^A-Za-z0-9_-]+/g, "-").slice(0, 64) || "task";
  const slug = promptSlug(meta.prompt);
  return [dayOf(meta.createdAt), id, ...(slug ? [slug] : [])].join("_");
}

function zipTime(iso: string, fallback: Date): Date {
  const time = Date.parse(iso);
  return time >= ZIP_MIN_TIME && time <= ZIP_MAX_TIME ? new Date(time) : fallback;
}

function json(value: unknown): Uint8Array {
  return strToU8(`${JSON.stringify(value, null, 2)}\n`);
}

/** Two entries with the same id (a caller bug, but cheap to survive) must not overwrite each other. */
function uniqueBase(base: string, taken: Set<string>): string {
  let name = base;
  for (let n = 2; taken.has(name); n++) name = `${base}-${n}`;
  taken.add(name);
  return name;
}

/** Builds the zip in memory; callers bound the selection size (images are held twice while zipping). */
export function buildTaskZip(entries: readonly TaskExportEntry[], options: TaskZipOptions): Uint8Array {
  const files: Zippable = {};
  const taken = new Set<string>();
  const manifestTasks = entries.map(({ meta, image }) => {
    const base = uniqueBase(taskBaseName(meta), taken);
    const imageFile = image ? `${base}.${extensionFor(image.mime)}` : null;
    const jsonFile = `${base}.json`;
    const mtime = zipTime(meta.finishedAt ?? meta.createdAt, options.exportedAt);

    const sidecar = {
      ...meta,
      image: image && imageFile ? { file: imageFile, mime: image.mime, bytes: image.bytes.length } : null,
    };
    // Images are already compressed; deflating them again costs CPU for nothing.
    if (image && imageFile) files[imageFile] = [image.bytes, { level: 0, mtime }];
    files[jsonFile] = [json(sidecar), { level: 6, mtime }];

    return {
      id: meta.id,
      action: meta.action,
      status: meta.status,
      prompt: meta.prompt,
      author: meta.author,
      sourceUrl: meta.sourceUrl,
      files: { image: imageFile, json: jsonFile },
    };
  });

  const manifest = {
    app: "mj-studio",
    format: 1,
    exportedAt: options.exportedAt.toISOString(),
    exportedBy: options.exportedBy,
    count: manifestTasks.length,
    tasks: manifestTasks,
  };
  return zipSync(
    { "manifest.json": [json(manifest), { level: 6, mtime: options.exportedAt }], ...files },
    { level: 6 },
  );
}
