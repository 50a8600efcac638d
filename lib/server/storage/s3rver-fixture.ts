import "server-only";

import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import S3rver from "s3rver";

import type { S3Settings } from "@/lib/s3-env.mjs";

// Test support only (never imported by the app): an in-process S3 (s3rver) on a free loopback port with one
// empty bucket in a temporary folder, and the settings that reach it. s3rver checks signatures with its own
// fixed credentials.

export interface TestBucket {
  settings: S3Settings;
  /** The S3_* variables that select this bucket, for child processes. */
  env: Record<string, string>;
  stop(): Promise<void>;
}

export async function startTestBucket(overrides: Partial<S3Settings> = {}): Promise<TestBucket> {
  const directory = mkdtempSync(path.join(os.tmpdir(), "mj-s3rver-"));
  const bucket = "studio";
  const server = new S3rver({
    address: "127.0.0.1",
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: bucket }],
  });
  const { port } = await server.run();
  const settings: S3Settings = {
    endpoint: `http://127.0.0.1:${port}`,
    bucket,
    accessKeyId: "S3RVER",
    secretAccessKey: "S3RVER",
    region: "us-east-1",
    forcePathStyle: true,
    prefix: "",
    presignSeconds: 0,
    ...overrides,
  };
  return {
    settings,
    env: {
      S3_ENDPOINT: settings.endpoint,
      S3_BUCKET: settings.bucket,
      S3_ACCESS_KEY_ID: settings.accessKeyId,
      S3_SECRET_ACCESS_KEY: settings.secretAccessKey,
      S3_REGION: settings.region,
      S3_FORCE_PATH_STYLE: String(settings.forcePathStyle),
      ...(settings.prefix ? { S3_PREFIX: settings.prefix } : {}),
    },
    async stop() {
      // The SDK keeps connections alive; without this, close() waits for them to time out.
      server.httpServer?.closeAllConnections();
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
