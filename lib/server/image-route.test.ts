import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

import { AppError } from "@/lib/errors";
import type { Viewer } from "@/lib/server/auth/viewer";
import { localDiskStorage, s3Storage } from "@/lib/server/storage";
import { startTestBucket, type TestBucket } from "@/lib/server/storage/s3rver-fixture";

import { IMAGE_CACHE_CONTROL, imageResponse, redirectMaxAge } from "./image-route";

// The images route's own logic (lib/server/image-route.ts) over a real S3 backend (s3rver), with the task rows
// in memory: the access check, the headers, and the presigned redirect.
const h = vi.hoisted(() => ({
  tasks: new Map<
    string,
    { imagePath: string | null; thumbPath: string | null; previewPath: string | null; deletedAt: Date | null }
  >(),
}));
vi.mock("@/lib/server/db", () => ({
  db: {
    task: {
      findUnique: ({ where }: { where: { id: string } }) => Promise.resolve(h.tasks.get(where.id) ?? null),
    },
  },
}));

const member: Viewer = { id: "u1", name: "Mia", role: "member" };
const admin: Viewer = { id: "u0", name: "Ada", role: "admin" };
const png = Buffer.from("89504e470d0a1a0a0000000d49484452", "hex");
const req = (path: string) => new Request(`http://studio.test${path}`);

let bucket: TestBucket;
beforeAll(async () => {
  bucket = await startTestBucket();
  await s3Storage(bucket.settings).put("tasks/t1/original-abc.png", png);
});
afterAll(() => bucket?.stop());
beforeEach(() => {
  h.tasks.clear();
  h.tasks.set("t1", {
    imagePath: "tasks/t1/original-abc.png",
    thumbPath: null,
    previewPath: null,
    deletedAt: null,
  });
  h.tasks.set("gone", {
    imagePath: "tasks/t1/original-abc.png",
    thumbPath: null,
    previewPath: null,
    deletedAt: new Date(),
  });
});

async function notFound(promise: Promise<Response>): Promise<void> {
  await expect(promise).rejects.toSatisfy((e) => e instanceof AppError && e.code === "not_found");
}

describe("GET /api/images/:id/:variant on the S3 backend", () => {
  it("serves the bytes through the studio with the same headers as on local disk", async () => {
    const res = await imageResponse(
      req("/api/images/t1/original?v=abc"),
      { id: "t1", variant: "original" },
      member,
      s3Storage(bucket.settings),
    );
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer()).equals(png)).toBe(true);
    expect(res.headers.get("content-type")).toBe("image/png");
    expect(res.headers.get("content-length")).toBe(String(png.length));
    expect(res.headers.get("cache-control")).toBe(IMAGE_CACHE_CONTROL);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("content-disposition")).toBeNull();
    const download = await imageResponse(
      req("/api/images/t1/original?download"),
      { id: "t1", variant: "original" },
      member,
      s3Storage(bucket.settings),
    );
    expect(download.headers.get("content-disposition")).toBe('attachment; filename="mj-t1-original.png"');
  });

  it("answers exactly as the local-disk backend does", async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), "mj-route-local-"));
    try {
      const local = localDiskStorage(root);
      await local.put("tasks/t1/original-abc.png", png);
      const fromDisk = await imageResponse(
        req("/x?download"),
        { id: "t1", variant: "original" },
        member,
        local,
      );
      const fromBucket = await imageResponse(
        req("/x?download"),
        { id: "t1", variant: "original" },
        member,
        s3Storage(bucket.settings),
      );
      expect(Object.fromEntries(fromBucket.headers)).toEqual(Object.fromEntries(fromDisk.headers));
      expect(Buffer.from(await fromBucket.arrayBuffer())).toEqual(Buffer.from(await fromDisk.arrayBuffer()));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it("keeps the access check: a trashed task, an unknown id, a missing variant or object are not found", async () => {
    const storage = s3Storage({ ...bucket.settings, presignSeconds: 300 });
    await notFound(imageResponse(req("/x"), { id: "gone", variant: "original" }, member, storage));
    await notFound(imageResponse(req("/x"), { id: "nope", variant: "original" }, member, storage));
    await notFound(imageResponse(req("/x"), { id: "t1", variant: "thumb" }, member, storage));
    await notFound(imageResponse(req("/x"), { id: "t1", variant: "huge" }, member, storage));
    h.tasks.set("t2", {
      imagePath: "tasks/t2/original-lost.png",
      thumbPath: null,
      previewPath: null,
      deletedAt: null,
    });
    await notFound(
      imageResponse(req("/x"), { id: "t2", variant: "original" }, member, s3Storage(bucket.settings)),
    );
    // Admins still see trashed images (the trash page).
    const res = await imageResponse(req("/x"), { id: "gone", variant: "original" }, admin, storage);
    expect(res.status).toBe(302);
  });

  it("with S3_PRESIGN_SECONDS answers with a private, short-lived redirect to a URL that serves the image", async () => {
    const storage = s3Storage({ ...bucket.settings, presignSeconds: 300 });
    const now = new Date();
    const res = await imageResponse(
      req("/api/images/t1/original?download"),
      { id: "t1", variant: "original" },
      member,
      storage,
      now,
    );
    expect(res.status).toBe(302);
    const cache = res.headers.get("cache-control") ?? "";
    expect(cache).toMatch(/^private, max-age=\d+$/);
    // Never longer than the URL it points to still works.
    const signed = await storage.presignGet!("tasks/t1/original-abc.png", { now });
    const maxAge = Number(cache.split("=")[1]);
    expect(now.getTime() + maxAge * 1000).toBeLessThan(signed!.expiresAt.getTime());
    const image = await fetch(res.headers.get("location")!);
    expect(image.status).toBe(200);
    expect(Buffer.from(await image.arrayBuffer()).equals(png)).toBe(true);
    expect(image.headers.get("content-disposition")).toBe('attachment; filename="mj-t1-original.png"');
  });
});

describe("how long a redirect to a presigned URL may be cached", () => {
  const now = new Date("2026-12-07T10:00:00Z");
  const inSeconds = (s: number) => new Date(now.getTime() + s * 1000);
  it("stops before the URL does, and is 0 for a URL about to expire", () => {
    expect(redirectMaxAge(inSeconds(300), now)).toBe(270);
    expect(redirectMaxAge(inSeconds(3600), now)).toBe(3540);
    expect(redirectMaxAge(inSeconds(1), now)).toBe(0);
    expect(redirectMaxAge(inSeconds(-5), now)).toBe(0);
  });
});
