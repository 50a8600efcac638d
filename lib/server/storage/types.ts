import "server-only";

import type { RangeAnswer } from "@/lib/http-range";

/** Which backend keeps the images; health reports it (never the endpoint or keys). */
export type StorageKind = "local" | "s3";

/**
 * Where task images live: originals, thumbnails and progress previews, by key (`tasks/<id>/original-<hash>.png`).
 * Local disk by default; an S3-compatible bucket when configured, so several studio instances serve the same
 * images. Keys are content-versioned: a key is written once and never rewritten with other bytes.
 */
export interface ImageStorage {
  readonly kind: StorageKind;
  /** Stores the bytes under the key; readers see the old object or the whole new one, never a part. */
  put(key: string, bytes: Buffer, contentType?: string): Promise<void>;
  /** The stored bytes, or null when there is no such object. */
  get(key: string): Promise<Buffer | null>;
  /**
   * Streams the object, or the part of it `pick` chooses once the size is known, without holding it in memory
   * (a video player seeks with many Range requests). Null when there is no such object; `body` is null when
   * `pick` answers "unsatisfiable". Optional: a backend without it is read whole with get().
   */
  stream?(key: string, pick: (size: number) => RangeAnswer): Promise<StoredStream | null>;
  /** Deletes the object; deleting a missing one is not an error. */
  remove(key: string): Promise<void>;
  /**
   * A URL that lets anyone holding it GET the object until it expires, or null when this backend has no such
   * URLs (local disk) or they are switched off. Callers check access first: the URL is a bearer credential.
   */
  presignGet?(key: string, options: PresignOptions): Promise<PresignedUrl | null>;
}

export interface PresignOptions {
  /** Answer with `Content-Disposition: attachment` under this file name (a download, not a view). */
  downloadName?: string;
  /** Signing time, injected by tests; defaults to now. */
  now?: Date;
}

export interface PresignedUrl {
  url: string;
  /** When the signature stops working: nothing (a redirect, a cache) may hand out the URL after this. */
  expiresAt: Date;
}

export interface StoredStream {
  /** The whole object's size in bytes. */
  size: number;
  answer: RangeAnswer;
  body: ReadableStream<Uint8Array> | null;
}
