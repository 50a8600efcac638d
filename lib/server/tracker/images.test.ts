import sharp from "sharp";
import { beforeEach, describe, expect, it, vi } from "vitest";

import { MjError } from "@/lib/server/mj/errors";

import { storageAcceptsWrites, storeFinalImage } from "./images";

// One task row in memory, an upstream image download and a disk that can be made to refuse writes.
const h = vi.hoisted(() => {
  const task: Record<string, unknown> = {};
  return {
    task,
    download: null as null | (() => Promise<{ bytes: Buffer }>),
    storageBroken: false,
    stored: new Map<string, Buffer>(),
  };
});

vi.mock("@/lib/server/mj", async (original) => ({
  ...(await original<Record<string, unknown>>()),
  downloadImage: () => (h.download as () => Promise<{ bytes: Buffer }>)(),
}));
vi.mock("@/lib/server/storage", () => ({
  getImageStorage: () => ({
    put: (key: string, bytes: Buffer) => {
      if (h.storageBroken) {
        const error = new Error(
          `EACCES: permission denied, open '/data/images/${key}'`,
        ) as NodeJS.ErrnoException;
        error.code = "EACCES";
        return Promise.reject(error);
      }
      h.stored.set(key, bytes);
      return Promise.resolve();
    },
    get: (key: string) => Promise.resolve(h.stored.get(key) ?? null),
    remove: (key: string) => {
      h.stored.delete(key);
      return Promise.resolve();
    },
  }),
}));
vi.mock("@/lib/server/db", () => ({
  db: {
    task: {
      findUnique: () => Promise.resolve({ ...h.task }),
      update: ({ data }: { data: Record<string, unknown> }) => {
        Object.assign(h.task, data);
        return Promise.resolve({ ...h.task });
      },
    },
  },
}));

const now = new Date("2026-12-05T14:00:00Z");

beforeEach(async () => {
  h.task = {
    id: "t1",
    imageAttempts: 0,
    imageError: null,
    imageRetryAt: null,
    imagePath: null,
    previewPath: null,
  };
  h.storageBroken = false;
  h.stored.clear();
  const png = await sharp({ create: { width: 32, height: 32, channels: 3, background: "#336699" } })
    .png()
    .toBuffer();
  h.download = () => Promise.resolve({ bytes: png });
});

describe("storing a final image when storage fails (issue 8 item 13)", () => {
  it("records a storage failure with the next try, retries later, and stores once storage works", async () => {
    h.storageBroken = true;
    await storeFinalImage("t1", "https://cdn.example/a.png", now);
    expect(h.task).toMatchObject({ imageError: "storage", imageAttempts: 1, imagePath: null });
    expect((h.task.imageRetryAt as Date).toISOString()).toBe("2026-12-05T14:00:05.000Z");
    expect(await storageAcceptsWrites()).toBe(false);

    await storeFinalImage("t1", "https://cdn.example/a.png", new Date(now.getTime() + 5_000));
    expect(h.task).toMatchObject({ imageError: "storage", imageAttempts: 2 });
    expect((h.task.imageRetryAt as Date).toISOString()).toBe("2026-12-05T14:00:20.000Z");

    h.storageBroken = false;
    expect(await storageAcceptsWrites()).toBe(true);
    await storeFinalImage("t1", "https://cdn.example/a.png", new Date(now.getTime() + 20_000));
    expect(h.task).toMatchObject({ imageError: null, imageRetryAt: null });
    expect(h.task.imagePath).toMatch(/^tasks\/t1\/original-[0-9a-f]{12}\.png$/);
    expect(h.stored.has(h.task.imagePath as string)).toBe(true);
  });

  it("calls a failed download a download problem, not a storage one", async () => {
    h.download = () => Promise.reject(new MjError("network", { httpStatus: 503 }));
    await storeFinalImage("t1", "https://cdn.example/a.png", now);
    expect(h.task).toMatchObject({ imageError: "download", imageAttempts: 1 });
    expect(h.task.imageRetryAt).toBeInstanceOf(Date);
  });

  it("says the link expired when the upstream answers 403/404 on the re-fetch, and stops retrying", async () => {
    h.download = () => Promise.reject(new MjError("not_found", { httpStatus: 404 }));
    await storeFinalImage("t1", "https://cdn.example/a.png", now);
    expect(h.task).toMatchObject({ imageError: "expired", imageRetryAt: null });
  });

  it("gives up at once on a link that points to a private network address", async () => {
    h.download = () =>
      Promise.reject(
        new MjError("validation", { description: "the image host resolves to a private address" }),
      );
    await storeFinalImage("t1", "http://10.0.0.1/a.png", now);
    expect(h.task).toMatchObject({ imageError: "download", imageAttempts: 1, imageRetryAt: null });
  });

  it("refuses to decode an image larger than the pixel limit, as a download problem", async () => {
    // 9000×8000 = 72 MP of one colour: a few KB of PNG, far more than any Midjourney image.
    const huge = await sharp({ create: { width: 9000, height: 8000, channels: 3, background: "#000" } })
      .png()
      .toBuffer();
    h.download = () => Promise.resolve({ bytes: huge });
    await storeFinalImage("t1", "https://cdn.example/a.png", now);
    expect(h.task).toMatchObject({ imageError: "download", imagePath: null });
    expect(h.task.imageRetryAt).toBeInstanceOf(Date);
  });
});
