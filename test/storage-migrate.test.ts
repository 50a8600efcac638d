import { HeadObjectCommand } from "@aws-sdk/client-s3";
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createS3Client } from "@/lib/s3-client.mjs";
import { s3Storage } from "@/lib/server/storage";
import { startTestBucket, type TestBucket } from "@/lib/server/storage/s3rver-fixture";

// `npm run storage:migrate` as an operator runs it: a child process with the S3_* variables, against an s3rver
// bucket in this process (so the child must not be waited for synchronously) and a temporary image folder.
const script = path.resolve(import.meta.dirname, "../scripts/storage-migrate.mjs");

function run(args: string[], env: Record<string, string>): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [script, ...args],
      { env: { PATH: process.env.PATH ?? "", NODE_ENV: "test", ...env }, cwd: os.tmpdir() },
      (error, stdout, stderr) => resolve({ code: child.exitCode ?? (error ? 1 : 0), out: stdout + stderr }),
    );
  });
}

let bucket: TestBucket;
let dataDir: string;
const images = () => path.join(dataDir, "images");
const files: Record<string, Buffer> = {
  "tasks/t1/original-aaa.png": Buffer.from("png bytes"),
  "tasks/t1/thumb-aaa.webp": Buffer.from("webp bytes"),
  "tasks/t2/original-bbb.jpg": Buffer.from("jpeg bytes, a little longer"),
};

beforeAll(async () => {
  bucket = await startTestBucket({ prefix: "studio/" });
  dataDir = mkdtempSync(path.join(os.tmpdir(), "mj-migrate-"));
  for (const [key, bytes] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(images(), key)), { recursive: true });
    writeFileSync(path.join(images(), key), bytes);
  }
  // A write the local backend never finished renaming, and a file that is not a storage key.
  writeFileSync(path.join(images(), "tasks/t1/original-aaa.png.4242.tmp"), "half");
  writeFileSync(path.join(images(), "tasks/t1/notes (copy).txt"), "not ours");
});
afterAll(async () => {
  await bucket?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe("npm run storage:migrate", () => {
  it("--dry-run lists what it would copy and copies nothing", async () => {
    const { code, out } = await run(["--dry-run"], { ...bucket.env, DATA_DIR: dataDir });
    expect(code).toBe(0);
    expect(out).toContain("Would copy 3, already in the bucket 0, skipped 2");
    expect(await s3Storage(bucket.settings).get("tasks/t1/original-aaa.png")).toBeNull();
  });

  it("copies DATA_DIR/images under the prefix with content types, then finds nothing left to copy", async () => {
    const first = await run([], { ...bucket.env, DATA_DIR: dataDir });
    expect(first.out).toContain("Copied 3, already in the bucket 0, skipped 2");
    expect(first.code).toBe(0);
    const storage = s3Storage(bucket.settings);
    for (const [key, bytes] of Object.entries(files))
      expect((await storage.get(key))?.equals(bytes)).toBe(true);
    const head = await createS3Client(bucket.settings).send(
      new HeadObjectCommand({ Bucket: bucket.settings.bucket, Key: "studio/tasks/t2/original-bbb.jpg" }),
    );
    expect(head.ContentType).toBe("image/jpeg");
    expect(await storage.get("tasks/t1/original-aaa.png.4242.tmp")).toBeNull();

    const second = await run([images()], { ...bucket.env, DATA_DIR: "/nonexistent" });
    expect(second.out).toContain(
      "Copied 0, already in the bucket 3, skipped 2 (temporary or foreign files), failed 0",
    );
    // The local copy stays.
    for (const key of Object.keys(files)) expect(existsSync(path.join(images(), key))).toBe(true);
  });

  it("copies again an object whose size differs (an interrupted upload)", async () => {
    await s3Storage(bucket.settings).put("tasks/t1/thumb-aaa.webp", Buffer.from("cut"));
    const { out } = await run([], { ...bucket.env, DATA_DIR: dataDir });
    expect(out).toContain("Copied 1, already in the bucket 2");
    expect((await s3Storage(bucket.settings).get("tasks/t1/thumb-aaa.webp"))?.toString()).toBe("webp bytes");
  });

  it("reports each failure and exits 1 (a bucket that does not exist)", async () => {
    const { code, out } = await run([], { ...bucket.env, S3_BUCKET: "no-such-bucket", DATA_DIR: dataDir });
    expect(code).toBe(1);
    expect(out).toMatch(/failed tasks\/t1\/original-aaa\.png: NoSuchBucket/);
    expect(out).toContain(
      "Copied 0, already in the bucket 0, skipped 2 (temporary or foreign files), failed 3",
    );
  });

  it("refuses to start without a bucket, or with half of one, never printing the secret", async () => {
    const none = await run([], { DATA_DIR: dataDir });
    expect(none.code).toBe(2);
    expect(none.out).toContain("No bucket configured");
    const half = await run([], {
      S3_BUCKET: "studio",
      S3_SECRET_ACCESS_KEY: "hush-hush-secret",
      DATA_DIR: dataDir,
    });
    expect(half.code).toBe(2);
    expect(half.out).toContain("S3 image storage is half configured");
    expect(half.out).not.toContain("hush-hush-secret");
  });
});
