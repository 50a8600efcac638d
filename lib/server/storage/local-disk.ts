import "server-only";

import { createReadStream } from "node:fs";
import { mkdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";

import { assertSafeKey } from "./keys";
import type { ImageStorage } from "./types";

/** Images as files under `root` (DATA_DIR/images): the embedded default, for one instance. */
export function localDiskStorage(root: string): ImageStorage {
  const resolve = (key: string) => {
    assertSafeKey(key);
    return path.join(root, key);
  };
  return {
    kind: "local",
    // The content type is not stored: the key's extension says it (keys.ts contentTypeOf).
    async put(key, bytes) {
      const file = resolve(key);
      await mkdir(path.dirname(file), { recursive: true });
      // Write-then-rename so a reader never sees a half-written image.
      const tmp = `${file}.${process.pid}.tmp`;
      await writeFile(tmp, bytes);
      await rename(tmp, file);
    },
    async get(key) {
      try {
        return await readFile(resolve(key));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
        throw error;
      }
    },
    async stream(key, pick) {
      const file = resolve(key);
      let size: number;
      try {
        size = (await stat(file)).size;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
        throw error;
      }
      const answer = pick(size);
      if (answer.kind === "unsatisfiable") return { size, answer, body: null };
      // Files are written once under content-versioned keys, so the size read above still holds.
      const part = answer.kind === "partial" ? { start: answer.start, end: answer.end } : {};
      const body = Readable.toWeb(createReadStream(file, part)) as ReadableStream<Uint8Array>;
      return { size, answer, body };
    },
    async remove(key) {
      await rm(resolve(key), { force: true });
    },
  };
}
