// The content type of a stored image, from its key's extension: what /api/images answers with, what a bucket
// object is stored with, and what the storage migration script sets. Plain .mjs so that script (plain Node) and
// the server share it.

/** @type {Record<string, string>} */
const CONTENT_TYPES = {
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  webp: "image/webp",
  gif: "image/gif",
  // A VIDEO task's clips live beside its images (lib/server/storage/task-videos.ts).
  mp4: "video/mp4",
  webm: "video/webm",
};

/** The file extension of a key, lower case ("" without one). @param {string} key @returns {string} */
export function extensionOf(key) {
  const name = key.split("/").pop() ?? "";
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : "";
}

/** @param {string} key @returns {string} */
export function contentTypeOf(key) {
  return CONTENT_TYPES[extensionOf(key)] ?? "application/octet-stream";
}
