import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

import { contentTypeOf } from "./keys";
import { localDiskStorage } from "./local-disk";

const root = mkdtempSync(path.join(os.tmpdir(), "mj-local-storage-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("the local-disk image storage", () => {
  it("stores, reads back and deletes files under its root, leaving no temporary file", async () => {
    const storage = localDiskStorage(root);
    expect(storage.kind).toBe("local");
    expect("presignGet" in storage).toBe(false);
    await storage.put("tasks/t1/original-abc.png", Buffer.from("png"));
    expect(readdirSync(path.join(root, "tasks/t1"))).toEqual(["original-abc.png"]);
    expect((await storage.get("tasks/t1/original-abc.png"))?.toString()).toBe("png");
    await storage.remove("tasks/t1/original-abc.png");
    expect(await storage.get("tasks/t1/original-abc.png")).toBeNull();
    await expect(storage.remove("tasks/t1/original-abc.png")).resolves.toBeUndefined();
  });

  it("refuses keys that could leave the image folder", async () => {
    const storage = localDiskStorage(root);
    for (const key of ["../secret", "/etc/passwd", "tasks/../../x", "tasks/a b.png", "tasks/\u00e9.png"]) {
      await expect(storage.get(key)).rejects.toThrow(/Unsafe storage key/);
    }
  });

  it("names the content type from the key's extension", () => {
    expect(contentTypeOf("tasks/t/original-1.png")).toBe("image/png");
    expect(contentTypeOf("tasks/t/original-1.jpg")).toBe("image/jpeg");
    expect(contentTypeOf("tasks/t/thumb-1.webp")).toBe("image/webp");
    expect(contentTypeOf("tasks/t/original-1.gif")).toBe("image/gif");
    expect(contentTypeOf("tasks/t/original-1.tiff")).toBe("application/octet-stream");
    expect(contentTypeOf("health/write-check")).toBe("application/octet-stream");
  });
});
