import "server-only";

// Keys are paths under the storage root: on disk they become file names, in a bucket object names. One check
// for both backends keeps a key from climbing out of the image folder (or prefix) whichever is in use.
const SAFE_KEY = /^[A-Za-z0-9_\-/.]+$/;

export function assertSafeKey(key: string): void {
  if (!SAFE_KEY.test(key) || key.includes("..") || key.startsWith("/")) {
    throw new Error(`Unsafe storage key: ${key}`);
  }
}

const CONTENT_TYPES: Record<string, string> = {
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  webp: "image/webp",
  gif: "image/gif",
};

/** The file extension of a key, lower case ("" without one). */
export function extensionOf(key: string): string {
  const name = key.split("/").pop() ?? "";
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : "";
}

/** The content type the studio serves a stored image with, from its key's extension. */
export function contentTypeOf(key: string): string {
  return CONTENT_TYPES[extensionOf(key)] ?? "application/octet-stream";
}
