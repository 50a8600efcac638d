import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";

import { AppError } from "@/lib/errors";
import type { Viewer } from "@/lib/server/auth/viewer";
import { localDiskStorage } from "@/lib/server/storage";

import { cellResponse } from "./cell-route";
import { IMAGE_CACHE_CONTROL } from "./image-route";

// The cells route's logic over real local-disk storage and real sharp, with the task rows in memory.
type Row = {
  imagePath: string | null;
  deletedAt: Date | null;
  status: string;
  action: string;
  upstreamId: string | null;
  buttons: string;
  prompt: string;
};
const h = vi.hoisted(() => ({ tasks: new Map<string, Row>() }));
vi.mock("@/lib/server/db", () => ({
  db: {
    task: {
      findUnique: ({ where }: { where: { id: string } }) => Promise.resolve(h.tasks.get(where.id) ?? null),
    },
  },
}));

const member: Viewer = { id: "u1", name: "Mia", role: "member" };
const admin: Viewer = { id: "u0", name: "Ada", role: "admin" };
const gridButtons = JSON.stringify(
  [1, 2, 3, 4].map((n) => ({ customId: `MJ::JOB::upsample::${n}::h`, label: `U${n}`, emoji: "" })),
);
const grid: Row = {
  imagePath: "tasks/g1/original-abc.png",
  deletedAt: null,
  status: "succeeded",
  action: "IMAGINE",
  upstreamId: "1",
  buttons: gridButtons,
  prompt: "Red fox in snow --ar 3:2",
};
const req = (url: string, headers?: HeadersInit) => new Request(`http://studio.test${url}`, { headers });

const root = mkdtempSync(path.join(os.tmpdir(), "mj-cells-"));
const storage = localDiskStorage(root);
afterAll(() => rmSync(root, { recursive: true, force: true }));

beforeEach(async () => {
  h.tasks.clear();
  h.tasks.set("g1", grid);
  h.tasks.set("gone", { ...grid, deletedAt: new Date() });
  h.tasks.set("up1", { ...grid, action: "UPSCALE", buttons: "[]" });
  h.tasks.set("run", { ...grid, status: "running", imagePath: null });
  h.tasks.set("lost", { ...grid, imagePath: "tasks/lost/original-zzz.png" });
  h.tasks.set("unstored", { ...grid, imagePath: null });
  // Top half red, bottom half blue: cells 1–2 red, 3–4 blue.
  const png = await sharp({ create: { width: 40, height: 20, channels: 3, background: "#f00" } })
    .composite([
      { input: { create: { width: 40, height: 10, channels: 3, background: "#00f" } }, top: 10, left: 0 },
    ])
    .png()
    .toBuffer();
  await storage.put("tasks/g1/original-abc.png", png);
});

async function rejectsWith(promise: Promise<Response>, message: RegExp): Promise<void> {
  await expect(promise).rejects.toSatisfy(
    (e) => e instanceof AppError && e.code === "not_found" && message.test(e.message),
  );
}

describe("GET /api/tasks/:id/cells/:n", () => {
  it("serves one quarter as PNG, cached for good when the URL names the original's version", async () => {
    const res = await cellResponse(req("/c?v=original-abc.png"), { id: "g1", n: "3" }, member, storage);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/png");
    expect(res.headers.get("cache-control")).toBe(IMAGE_CACHE_CONTROL);
    expect(res.headers.get("content-disposition")).toBeNull();
    const { data, info } = await sharp(Buffer.from(await res.arrayBuffer()))
      .raw()
      .toBuffer({ resolveWithObject: true });
    expect([info.width, info.height]).toEqual([20, 10]);
    expect([data[0], data[1], data[2]]).toEqual([0, 0, 255]);
    // Kept beside the original for every later request and instance.
    expect(await storage.get("tasks/g1/original-abc-cell-3.png")).not.toBeNull();
  });

  it("revalidates an unversioned URL with a strong ETag, and names a download after the prompt", async () => {
    const res = await cellResponse(req("/c?download=1"), { id: "g1", n: "2" }, member, storage);
    expect(res.headers.get("cache-control")).toBe("private, no-cache");
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="red-fox-in-snow-g1-2.png"');
    const etag = res.headers.get("etag");
    expect(etag).toMatch(/^"original-abc-cell-2\.png"$/);
    const again = await cellResponse(
      req("/c", { "if-none-match": etag! }),
      { id: "g1", n: "2" },
      member,
      storage,
    );
    expect(again.status).toBe(304);
  });

  it("says why a cell does not exist", async () => {
    await rejectsWith(cellResponse(req("/c"), { id: "g1", n: "5" }, member, storage), /cells 1 to 4/);
    await rejectsWith(cellResponse(req("/c"), { id: "g1", n: "01" }, member, storage), /cells 1 to 4/);
    await rejectsWith(
      cellResponse(req("/c"), { id: "nope", n: "1" }, member, storage),
      /No task with id "nope"/,
    );
    await rejectsWith(
      cellResponse(req("/c"), { id: "gone", n: "1" }, member, storage),
      /No task with id "gone"/,
    );
    await rejectsWith(cellResponse(req("/c"), { id: "up1", n: "1" }, member, storage), /not a finished grid/);
    await rejectsWith(cellResponse(req("/c"), { id: "run", n: "1" }, member, storage), /not a finished grid/);
    await rejectsWith(
      cellResponse(req("/c"), { id: "unstored", n: "1" }, member, storage),
      /no original image yet/,
    );
    await rejectsWith(
      cellResponse(req("/c"), { id: "lost", n: "1" }, member, storage),
      /stored image .* is missing/,
    );
  });

  it("lets admins cut a trashed task's grid, as they see its images", async () => {
    h.tasks.set("gone", { ...grid, deletedAt: new Date() });
    const res = await cellResponse(req("/c"), { id: "gone", n: "1" }, admin, storage);
    expect(res.status).toBe(200);
  });
});
