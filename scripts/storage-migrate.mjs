#!/usr/bin/env node
// `npm run storage:migrate [-- [--dry-run] [FOLDER]]`: copies a local image folder (default DATA_DIR/images) into
// the S3 bucket the S3_* variables configure, so a studio moving from local disk to a bucket keeps its images.
// Keys stay the same (tasks/<id>/original-<hash>.png under S3_PREFIX), so the database needs no change.
// Idempotent: an object already in the bucket with the same size is skipped (keys are content-versioned, so the
// same key and size is the same image); run it again after a failure or while the old instance still writes.
// Never deletes anything, local or remote. Exit code 1 when any file failed, 2 when it could not start.
import { HeadObjectCommand, PutObjectCommand } from "@aws-sdk/client-s3";
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";

import { loadDotEnv } from "./env-file.mjs";
import { contentTypeOf } from "../lib/image-content-types.mjs";
import { createS3Client, isMissingObject } from "../lib/s3-client.mjs";
import { s3Settings } from "../lib/s3-env.mjs";

// Several uploads at once hide the per-request latency of a remote store without flooding it.
const PARALLEL = 4;
// The same rule as the studio's storage keys (lib/server/storage/keys.ts): anything else is not ours.
const SAFE_KEY = /^[A-Za-z0-9_\-/.]+$/;

const args = process.argv.slice(2);
const dryRun = args.includes("--dry-run");
const unknown = args.filter((a) => a.startsWith("-") && a !== "--dry-run");
if (unknown.length) fail(`Unknown option ${unknown.join(", ")}. Usage: storage-migrate [--dry-run] [FOLDER]`);

loadDotEnv();
// env.mjs validates every variable, the S3_* ones as a group, with the messages the server would give.
const { env } = await import("../env.mjs").catch(() => fail("The environment is invalid (see above)."));
const settings = s3Settings(env);
if (!settings) {
  fail(
    "No bucket configured: set S3_ENDPOINT, S3_BUCKET, S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY " +
      "(see docs/storage.md), then run this again.",
  );
}
const source = path.resolve(args.find((a) => !a.startsWith("-")) ?? path.join(env.DATA_DIR, "images"));
const client = createS3Client(settings);

/** Every file under `dir`, as keys relative to `source` with "/" separators. */
async function* walk(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else if (entry.isFile()) yield path.relative(source, full).split(path.sep).join("/");
  }
}

/** @returns {Promise<"copied" | "present">} */
async function migrate(key) {
  const file = path.join(source, ...key.split("/"));
  const { size } = await stat(file);
  const Key = `${settings.prefix}${key}`;
  const existing = await client
    .send(new HeadObjectCommand({ Bucket: settings.bucket, Key }))
    .catch((error) => (isMissingObject(error) ? null : Promise.reject(error)));
  if (existing && existing.ContentLength === size) return "present";
  if (!dryRun) {
    await client.send(
      new PutObjectCommand({
        Bucket: settings.bucket,
        Key,
        Body: await readFile(file),
        ContentType: contentTypeOf(key),
      }),
    );
  }
  return "copied";
}

try {
  await stat(source);
} catch {
  fail(`No image folder at ${source}. Pass the folder to copy: npm run storage:migrate -- /path/to/images`);
}
// The endpoint's host and the bucket only: the endpoint may carry credentials; the keys are never printed.
console.log(
  `${dryRun ? "[dry run] would copy" : "Copying"} ${source} → bucket "${settings.bucket}"` +
    `${settings.prefix ? ` under "${settings.prefix}"` : ""} at ${new URL(settings.endpoint).host}`,
);

const counts = { copied: 0, present: 0, skipped: 0, failed: 0 };
const failures = [];
const queue = [];
for await (const key of walk(source)) queue.push(key);
async function worker() {
  for (let key = queue.shift(); key !== undefined; key = queue.shift()) {
    // Half-written files of the local backend (write-then-rename) and anything that is not a storage key.
    if (key.endsWith(".tmp") || !SAFE_KEY.test(key) || key.includes("..")) {
      counts.skipped++;
      continue;
    }
    try {
      const outcome = await migrate(key);
      counts[outcome]++;
      if (outcome === "copied" && dryRun) console.log(`  would copy ${key}`);
    } catch (error) {
      counts.failed++;
      failures.push(`${key}: ${error instanceof Error ? error.name + ": " + error.message : String(error)}`);
    }
  }
}
await Promise.all(Array.from({ length: PARALLEL }, worker));

for (const line of failures) console.error(`  failed ${line}`);
console.log(
  `${dryRun ? "Would copy" : "Copied"} ${counts.copied}, already in the bucket ${counts.present}, ` +
    `skipped ${counts.skipped} (temporary or foreign files), failed ${counts.failed}. ` +
    "The local folder was left as it is.",
);
process.exit(counts.failed ? 1 : 0);

/** @returns {never} */
function fail(message) {
  console.error(`storage:migrate: ${message}`);
  process.exit(2);
}
