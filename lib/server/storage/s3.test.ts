import { ListObjectsV2Command } from "@aws-sdk/client-s3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createS3Client } from "@/lib/s3-client.mjs";

import { presignWindow, s3Storage } from "./s3";
import { startTestBucket, type TestBucket } from "./s3rver-fixture";

let bucket: TestBucket;
beforeAll(async () => {
  bucket = await startTestBucket();
});
afterAll(() => bucket?.stop());

const png = Buffer.from("89504e470d0a1a0a0000000d49484452", "hex");

describe("the S3 image storage (against s3rver)", () => {
  it("stores, reads back byte-equal and deletes; a missing key reads as null", async () => {
    const storage = s3Storage(bucket.settings);
    expect(storage.kind).toBe("s3");
    await storage.put("tasks/t1/original-abc.png", png);
    expect((await storage.get("tasks/t1/original-abc.png"))?.equals(png)).toBe(true);
    await storage.remove("tasks/t1/original-abc.png");
    expect(await storage.get("tasks/t1/original-abc.png")).toBeNull();
    expect(await storage.get("tasks/nobody/thumb-000.webp")).toBeNull();
    // Deleting what is not there is not an error (purge may run twice).
    await expect(storage.remove("tasks/nobody/thumb-000.webp")).resolves.toBeUndefined();
  });

  it("keeps the content type: from the key's extension, or as given", async () => {
    const storage = s3Storage(bucket.settings);
    await storage.put("tasks/t2/thumb-abc.webp", png);
    await storage.put("tasks/t2/blob", png, "image/gif");
    const url = (key: string) => `${bucket.settings.endpoint}/${bucket.settings.bucket}/${key}`;
    const presigning = s3Storage({ ...bucket.settings, presignSeconds: 60 });
    for (const [key, type] of [
      ["tasks/t2/thumb-abc.webp", "image/webp"],
      ["tasks/t2/blob", "image/gif"],
    ] as const) {
      const signed = await presigning.presignGet!(key, {});
      expect(signed?.url.startsWith(url(key))).toBe(true);
      const res = await fetch(signed!.url);
      expect(res.headers.get("content-type")).toBe(type);
    }
  });

  it("stores under S3_PREFIX and refuses unsafe keys before any request", async () => {
    const storage = s3Storage({ ...bucket.settings, prefix: "team-a/" });
    await storage.put("tasks/t3/original-abc.png", png);
    const listed = await createS3Client(bucket.settings).send(
      new ListObjectsV2Command({ Bucket: bucket.settings.bucket, Prefix: "team-a/" }),
    );
    expect(listed.Contents?.map((o) => o.Key)).toEqual(["team-a/tasks/t3/original-abc.png"]);
    expect((await storage.get("tasks/t3/original-abc.png"))?.equals(png)).toBe(true);
    await expect(storage.put("../escape.png", png)).rejects.toThrow(/Unsafe storage key/);
    await expect(storage.get("/abs.png")).rejects.toThrow(/Unsafe storage key/);
    await expect(storage.remove("tasks/a b.png")).rejects.toThrow(/Unsafe storage key/);
  });

  it("presigns a GET that works without credentials, as a download when asked, and expires", async () => {
    const off = s3Storage(bucket.settings);
    expect(await off.presignGet!("tasks/t4/original-abc.png", {})).toBeNull();

    const storage = s3Storage({ ...bucket.settings, presignSeconds: 120 });
    await storage.put("tasks/t4/original-abc.png", png);
    const now = new Date();
    const signed = await storage.presignGet!("tasks/t4/original-abc.png", { now, downloadName: "mj-t4.png" });
    expect(signed).not.toBeNull();
    expect(signed!.expiresAt.getTime() - now.getTime()).toBeGreaterThanOrEqual(60_000);
    const res = await fetch(signed!.url);
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer()).equals(png)).toBe(true);
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="mj-t4.png"');

    // Signed in the window three minutes ago, a 120 s URL no longer opens the object.
    const old = await storage.presignGet!("tasks/t4/original-abc.png", {
      now: new Date(now.getTime() - 180_000),
    });
    expect((await fetch(old!.url)).status).toBe(403);
  });

  it("hands out the same URL within half a lifetime, so browsers can cache the image", () => {
    const t = new Date("2026-12-07T10:00:10Z");
    const a = presignWindow(t, 600);
    const b = presignWindow(new Date(t.getTime() + 60_000), 600);
    expect(a.signedAt).toEqual(new Date("2026-12-07T10:00:00Z"));
    expect(b.signedAt).toEqual(a.signedAt);
    expect(a.expiresAt).toEqual(new Date("2026-12-07T10:10:00Z"));
    const c = presignWindow(new Date("2026-12-07T10:05:00Z"), 600);
    expect(c.signedAt).toEqual(new Date("2026-12-07T10:05:00Z"));
  });
});
