import "server-only";

import path from "node:path";

import { env } from "@/env.mjs";
import { s3Settings } from "@/lib/s3-env.mjs";

import { localDiskStorage } from "./local-disk";
import { s3Storage } from "./s3";
import type { ImageStorage, StorageKind } from "./types";

export { assertSafeKey, contentTypeOf, extensionOf } from "./keys";
export { localDiskStorage } from "./local-disk";
export { s3Storage } from "./s3";
export type { ImageStorage, PresignedUrl, PresignOptions, StorageKind } from "./types";

let storage: ImageStorage | undefined;

/** The configured image storage: the S3 bucket when S3_* is set (env.mjs checks it whole), else local disk. */
export function getImageStorage(): ImageStorage {
  if (storage) return storage;
  const settings = s3Settings(env);
  if (settings) {
    // Bucket and host only: the endpoint URL may carry credentials, and the keys never reach a log.
    console.info(`[storage] images in bucket "${settings.bucket}" at ${new URL(settings.endpoint).host}`);
    storage = s3Storage(settings);
  } else {
    storage = localDiskStorage(path.resolve(process.cwd(), env.DATA_DIR, "images"));
  }
  return storage;
}

/** Which backend is configured, without creating it (health reports this). */
export function imageStorageKind(): StorageKind {
  return s3Settings(env) ? "s3" : "local";
}
