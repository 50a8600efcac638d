import { describe, expect, it } from "vitest";
import { z } from "zod";

import { checkS3Group, s3EnvShape, s3Settings } from "./s3-env.mjs";

// The same combination env.mjs makes: every S3_* variable alone, then the group rule.
const schema = z.object(s3EnvShape).superRefine(checkS3Group);

const complete = {
  S3_ENDPOINT: "http://minio.internal:9000",
  S3_BUCKET: "studio-images",
  S3_ACCESS_KEY_ID: "AKIAEXAMPLE",
  S3_SECRET_ACCESS_KEY: "very-secret-value",
};

describe("S3 settings in the environment", () => {
  it("means local disk when no S3_* variable is set", () => {
    const parsed = schema.parse({});
    expect(s3Settings(parsed)).toBeNull();
  });

  it("fills in the defaults for a complete configuration", () => {
    expect(s3Settings(schema.parse(complete))).toEqual({
      endpoint: "http://minio.internal:9000",
      bucket: "studio-images",
      accessKeyId: "AKIAEXAMPLE",
      secretAccessKey: "very-secret-value",
      region: "us-east-1",
      forcePathStyle: true,
      prefix: "",
      presignSeconds: 0,
    });
    const custom = schema.parse({
      ...complete,
      S3_REGION: "eu-central-1",
      S3_FORCE_PATH_STYLE: "false",
      S3_PREFIX: "studio",
      S3_PRESIGN_SECONDS: "600",
    });
    expect(s3Settings(custom)).toMatchObject({
      region: "eu-central-1",
      forcePathStyle: false,
      prefix: "studio/",
      presignSeconds: 600,
    });
  });

  it("refuses a half configuration in words, naming what is missing and never a value", () => {
    const result = schema.safeParse({
      S3_BUCKET: "studio-images",
      S3_SECRET_ACCESS_KEY: "very-secret-value",
    });
    expect(result.success).toBe(false);
    const message = result.error?.issues.map((i) => i.message).join("\n") ?? "";
    expect(message).toContain("S3 image storage is half configured");
    expect(message).toContain("S3_BUCKET and S3_SECRET_ACCESS_KEY are set");
    expect(message).toContain("S3_ENDPOINT and S3_ACCESS_KEY_ID are missing");
    expect(JSON.stringify(result.error?.issues)).not.toContain("very-secret-value");
    // An optional setting alone is an attempt to configure S3 too.
    expect(schema.safeParse({ S3_PRESIGN_SECONDS: "60" }).success).toBe(false);
  });

  it("checks each value: endpoint URL, bucket name, prefix, presign lifetime", () => {
    const bad = (extra: Record<string, string>) => schema.safeParse({ ...complete, ...extra }).success;
    expect(bad({ S3_ENDPOINT: "minio:9000" })).toBe(false);
    expect(bad({ S3_BUCKET: "Bad_Bucket" })).toBe(false);
    expect(bad({ S3_PREFIX: "../other" })).toBe(false);
    expect(bad({ S3_PREFIX: "/abs" })).toBe(false);
    expect(bad({ S3_PRESIGN_SECONDS: String(8 * 24 * 3600) })).toBe(false);
    expect(bad({ S3_FORCE_PATH_STYLE: "yes" })).toBe(false);
    expect(bad({ S3_PREFIX: "team/a/", S3_PRESIGN_SECONDS: "0" })).toBe(true);
  });

  it("keeps presigned URLs to an hour at most, saying so", () => {
    const parse = (seconds: string) => schema.safeParse({ ...complete, S3_PRESIGN_SECONDS: seconds });
    expect(parse("3600").success).toBe(true);
    const tooLong = parse("3601");
    expect(tooLong.success).toBe(false);
    expect(tooLong.error?.issues.map((i) => i.message).join("\n")).toContain(
      "S3_PRESIGN_SECONDS may be at most 3600",
    );
  });
});
