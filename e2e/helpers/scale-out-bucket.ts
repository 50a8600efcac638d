// The S3-compatible store of the scale-out run: s3rver inside the test process (port 0, a temporary folder,
// bucket "studio"), and a client to look into the bucket the way an operator would.
import { GetObjectCommand, ListObjectsV2Command, S3Client } from "@aws-sdk/client-s3";
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";

const BUCKET = "studio";
// s3rver accepts any signature made with its fixed development credentials.
const ACCESS_KEY = "S3RVER";

// s3rver ships no types; this is the part of it the run uses.
interface S3rverInstance {
  /** Resolves with the listening address (port 0 picks a free one). */
  run(): Promise<AddressInfo>;
  close(): Promise<void>;
}
type S3rverConstructor = new (options: {
  address: string;
  port: number;
  silent: boolean;
  directory: string;
  configureBuckets: { name: string }[];
}) => S3rverInstance;

export interface RunBucket {
  /** The S3_* environment a studio instance needs to store its images in this bucket. */
  env: Record<string, string>;
  /** Every object in the bucket: key and bytes. */
  objects(): Promise<{ key: string; bytes: Buffer }[]>;
  close(): Promise<void>;
}

export async function startRunBucket(): Promise<RunBucket> {
  const directory = mkdtempSync(path.join(os.tmpdir(), "mj-e2e-s3-"));
  const S3rver = createRequire(import.meta.url)("s3rver") as S3rverConstructor;
  const s3rver = new S3rver({
    address: "127.0.0.1",
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: BUCKET }],
  });
  const { port } = await s3rver.run();
  const endpoint = `http://127.0.0.1:${port}`;
  const client = new S3Client({
    endpoint,
    region: "us-east-1",
    forcePathStyle: true,
    credentials: { accessKeyId: ACCESS_KEY, secretAccessKey: ACCESS_KEY },
  });
  return {
    env: {
      S3_ENDPOINT: endpoint,
      S3_BUCKET: BUCKET,
      S3_ACCESS_KEY_ID: ACCESS_KEY,
      S3_SECRET_ACCESS_KEY: ACCESS_KEY,
      S3_REGION: "us-east-1",
      S3_FORCE_PATH_STYLE: "true",
    },
    async objects() {
      const listed = await client.send(new ListObjectsV2Command({ Bucket: BUCKET }));
      const keys = (listed.Contents ?? []).map((o) => o.Key).filter((k): k is string => Boolean(k));
      return Promise.all(
        keys.map(async (key) => {
          const object = await client.send(new GetObjectCommand({ Bucket: BUCKET, Key: key }));
          return { key, bytes: Buffer.from(await object.Body!.transformToByteArray()) };
        }),
      );
    },
    async close() {
      client.destroy();
      await s3rver.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
