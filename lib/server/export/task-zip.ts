import "server-only";

import { strToU8, Zip, ZipDeflate, ZipPassThrough } from "fflate";

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
  /** For a VIDEO task, its poster. */
  image: { bytes: Uint8Array; mime: string } | null;
  /** A VIDEO task's clips, as stored (exactly as the upstream sent them); absent or [] for images. */
  videos?: { bytes: Uint8Array; mime: string }[];
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
  "video/mp4": "mp4",
  "video/webm": "webm",
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

/** A clip's file beside its task's poster: `<base>_video-<n>.mp4`, n 1-based like the task's video U buttons. */
export function videoFileName(base: string, n: number, mime: string): string {
  return `${base}_video-${n}.${extensionFor(mime)}`;
}

/** Two entries with the same id (a caller bug, but cheap to survive) must not overwrite each other. */
function uniqueBase(base: string, taken: Set<string>): string {
  let name = base;
  for (let n = 2; taken.has(name); n++) name = `${base}-${n}`;
  taken.add(name);
  return name;
}

type ManifestTask = {
  id: string;
  action: string;
  status: string;
  prompt: string;
  author: TaskExportMeta["author"];
  sourceUrl: string;
  files: { image: string | null; json: string; videos?: string[] };
};

/**
 * Writes an export into a streaming zip one task at a time, so only the task being added is in memory.
 * Chunks come out through `onData` synchronously while a task is added. manifest.json goes last: it lists the
 * image files that were actually there when each task was read.
 */
export class TaskZipWriter {
  private readonly zip: Zip;
  private readonly taken = new Set<string>();
  private readonly manifestTasks: ManifestTask[] = [];

  constructor(
    private readonly options: TaskZipOptions,
    onData: (chunk: Uint8Array) => void,
  ) {
    this.zip = new Zip((error, chunk) => {
      if (error) throw error;
      if (chunk.length > 0) onData(chunk);
    });
  }

  addTask({ meta, image, videos = [] }: TaskExportEntry): void {
    const base = uniqueBase(taskBaseName(meta), this.taken);
    const imageFile = image ? `${base}.${extensionFor(image.mime)}` : null;
    const jsonFile = `${base}.json`;
    const mtime = zipTime(meta.finishedAt ?? meta.createdAt, this.options.exportedAt);
    const clips = videos.map((video, i) => ({ ...video, file: videoFileName(base, i + 1, video.mime) }));
    const sidecar = {
      ...meta,
      image: image && imageFile ? { file: imageFile, mime: image.mime, bytes: image.bytes.length } : null,
      ...(clips.length > 0
        ? { videos: clips.map(({ file, mime, bytes }) => ({ file, mime, bytes: bytes.length })) }
        : {}),
    };
    // Images and videos are already compressed; deflating them again costs CPU for nothing.
    if (image && imageFile) this.addFile(imageFile, image.bytes, "store", mtime);
    for (const clip of clips) this.addFile(clip.file, clip.bytes, "store", mtime);
    this.addFile(jsonFile, json(sidecar), "deflate", mtime);
    this.manifestTasks.push({
      id: meta.id,
      action: meta.action,
      status: meta.status,
      prompt: meta.prompt,
      author: meta.author,
      sourceUrl: meta.sourceUrl,
      files: {
        image: imageFile,
        json: jsonFile,
        ...(clips.length > 0 ? { videos: clips.map((c) => c.file) } : {}),
      },
    });
  }

  /** Adds manifest.json and the zip's central directory; nothing may be added afterwards. */
  finish(): void {
    const manifest = {
      app: "mj-studio",
      format: 1,
      exportedAt: this.options.exportedAt.toISOString(),
      exportedBy: this.options.exportedBy,
      count: this.manifestTasks.length,
      tasks: this.manifestTasks,
    };
    this.addFile("manifest.json", json(manifest), "deflate", this.options.exportedAt);
    this.zip.end();
  }

  private addFile(name: string, bytes: Uint8Array, method: "store" | "deflate", mtime: Date): void {
    const file = method === "store" ? new ZipPassThrough(name) : new ZipDeflate(name, { level: 6 });
    file.mtime = mtime;
    this.zip.add(file);
    file.push(bytes, true);
  }
}

/** The whole zip as one array, for small exports and tests; the download route streams instead. */
export function buildTaskZip(entries: readonly TaskExportEntry[], options: TaskZipOptions): Uint8Array {
  const chunks: Uint8Array[] = [];
  const writer = new TaskZipWriter(options, (chunk) => chunks.push(chunk));
  for (const entry of entries) writer.addTask(entry);
  writer.finish();
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
