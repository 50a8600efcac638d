import "server-only";

// Keys are paths under the storage root: on disk they become file names, in a bucket object names. One check
// for both backends keeps a key from climbing out of the image folder (or prefix) whichever is in use.
const SAFE_KEY = /^[A-Za-z0-9_\-/.]+$/;

export function assertSafeKey(key: string): void {
  if (!SAFE_KEY.test(key) || key.includes("..") || key.startsWith("/")) {
    throw new Error(`Unsafe storage key: ${key}`);
  }
}

export { contentTypeOf, extensionOf } from "@/lib/image-content-types.mjs";
