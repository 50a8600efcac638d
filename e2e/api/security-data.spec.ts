// Security reproductions for issue 8, items 3 (test connection), 5 (zip export) and 7 (trash privacy).
// Each test failed on the main of the time it was written.
import { type APIRequestContext, expect, request as playwrightRequest, test } from "@playwright/test";
import { randomBytes } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";

import type { TaskDto } from "@/lib/schemas/task";

import { E2E_API_KEY, E2E_DATA_DIR } from "../../playwright.config";
import { buttonId, createImagine, pressButton, waitForImage } from "../helpers/api";
import { createMember, signIn } from "../helpers/auth";
import { startRecordingServer, type RecordingServer } from "../helpers/recording-server";

test.describe("item 3: test connection never sends the saved key anywhere new", () => {
  // Plays a hostile host: answers with words, markup and terminal escapes that must not reach our answer.
  const REMOTE_BODY = "REMOTE-BODY-7f3a <b>owned</b> \u001b[31m\u0007";
  let host: RecordingServer;

  test.beforeAll(async () => {
    host = await startRecordingServer({ status: 500, contentType: "text/html", body: REMOTE_BODY });
  });
  test.afterAll(async () => host.close());
  test.beforeEach(() => host.clear());

  test("a changed base URL without a typed key: the env key never arrives there, nor does its body come back", async ({
    request,
  }) => {
    const res = await request.post("/api/admin/settings/test", { data: { baseUrl: host.url } });
    expect(res.status()).toBe(200);
    const text = await res.text();
    expect(host.requests.length).toBeGreaterThan(0);
    expect(JSON.stringify(host.requests)).not.toContain(E2E_API_KEY);
    expect(text).not.toContain("REMOTE-BODY");
    expect(text).not.toContain("owned");
    expect(text).not.toMatch(/\\u00(0|1)[0-9a-f]{2}/i);
    const result = (await res.json()) as { ok: boolean; keyWithheld: boolean; message: string };
    expect(result).toMatchObject({ ok: false, keyWithheld: true });
    expect(result.message).toContain("Tested without a key");
  });

  test("a saved key stays home as well; only a key typed with the new address goes there", async ({
    request,
  }) => {
    const SAVED = "sk-e2e-saved-key-must-stay-home";
    const TYPED = "sk-e2e-typed-for-the-new-host";
    const saved = await request.put("/api/admin/settings", { data: { apiKey: SAVED } });
    expect(saved.status(), await saved.text()).toBe(200);
    try {
      const moved = await request.post("/api/admin/settings/test", { data: { baseUrl: host.url } });
      expect(moved.status()).toBe(200);
      const typed = await request.post("/api/admin/settings/test", {
        data: { baseUrl: host.url, apiKey: TYPED },
      });
      expect(typed.status()).toBe(200);
      expect(((await typed.json()) as { keyWithheld: boolean }).keyWithheld).toBe(false);

      const seen = JSON.stringify(host.requests);
      expect(seen).not.toContain(SAVED);
      expect(seen).not.toContain(E2E_API_KEY);
      expect(seen).toContain(TYPED);
    } finally {
      // Back to the env key the simulator expects.
      const restored = await request.put("/api/admin/settings", { data: { clearKey: true } });
      expect(restored.status(), await restored.text()).toBe(200);
    }
  });
});

/** Where the e2e server stored a task's original image (the URL carries the stored file's name). */
function storedOriginal(task: TaskDto): string {
  const url = new URL(task.image?.url ?? "", "http://x");
  const name = decodeURIComponent(url.searchParams.get("v") ?? "");
  return path.join(E2E_DATA_DIR, "images", "tasks", task.id, name);
}

/**
 * Starts a zip download with plain node:http and stops reading once the headers are in: the server can only
 * go on while the client reads, so this export stays open (and holds its slot) until the socket is destroyed.
 */
function heldDownload(baseURL: string, cookie: string, ids: string[]) {
  const body = JSON.stringify({ ids });
  const req = http.request(new URL("/api/tasks/download", baseURL), {
    method: "POST",
    headers: {
      "Content-Type": "application/json",
      "Content-Length": Buffer.byteLength(body),
      Cookie: cookie,
    },
  });
  const status = new Promise<number>((resolve, reject) => {
    req.on("response", (res) => {
      res.pause();
      resolve(res.statusCode ?? 0);
    });
    req.on("error", reject);
  });
  req.end(body);
  return { status, close: () => req.destroy() };
}

test.describe("item 5: zip exports stream and are capped", () => {
  test("a third concurrent export of one member gets a 429 with words and Retry-After; closing frees the slots", async ({
    request,
    baseURL,
  }) => {
    const task = await waitForImage(request, (await createImagine(request, "a heavy export harbour")).id);
    // 24 MB in place of the image: far more than socket buffers, so a client that stops reading holds it open.
    const file = storedOriginal(task);
    const original = readFileSync(file);
    writeFileSync(file, randomBytes(24 * 1024 * 1024));
    const held: { close: () => void }[] = [];
    try {
      const cookie = (await request.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join("; ");
      for (let i = 0; i < 2; i++) {
        const download = heldDownload(baseURL!, cookie, [task.id]);
        held.push(download);
        expect(await download.status).toBe(200);
      }

      const third = await request.post("/api/tasks/download", { data: { ids: [task.id] } });
      expect(third.status()).toBe(429);
      expect(Number(third.headers()["retry-after"])).toBeGreaterThan(0);
      const error = ((await third.json()) as { error: { code: string; message: string } }).error;
      expect(error.code).toBe("rate_limited");
      expect(error.message).toMatch(/zip downloads running/);

      // Clients that go away give their slots back: a download goes through again, whole.
      for (const download of held.splice(0)) download.close();
      await expect
        .poll(async () => (await request.post("/api/tasks/download", { data: { ids: [task.id] } })).status())
        .toBe(200);
    } finally {
      for (const download of held) download.close();
      writeFileSync(file, original);
    }
  });
});

async function apiAs(
  member: { email: string; password: string },
  baseURL: string,
): Promise<APIRequestContext> {
  const api = await playwrightRequest.newContext({ baseURL });
  await signIn(api, member);
  return api;
}

test.describe("item 7: the trash stays private", () => {
  test("a member cannot read an admin-trashed task through the feed, the API, its images or its children", async ({
    request,
    baseURL,
  }) => {
    const PROMPT = "a confidential trashed lighthouse";
    const grid = await waitForImage(request, (await createImagine(request, PROMPT)).id);
    const child = await waitForImage(request, (await pressButton(request, grid.id, buttonId(grid, "U1"))).id);
    const member = await apiAs(await createMember(request, "Tess Trash"), baseURL!);
    // Visible to the member while it is in the gallery.
    expect((await member.get(`/api/images/${grid.id}/thumb`)).status()).toBe(200);

    expect((await request.delete(`/api/tasks/${grid.id}`)).status()).toBe(200);

    const feed = await member.get("/api/tasks/changes?since=1");
    expect(feed.status()).toBe(200);
    const changes = (await feed.json()) as { items: TaskDto[]; removed: string[] };
    expect(changes.items.map((t) => t.id)).not.toContain(grid.id);
    // Open galleries still learn that the card left: by its id alone.
    expect(changes.removed).toContain(grid.id);
    const feedText = JSON.stringify(changes.items.filter((t) => t.id !== child.id));
    expect(feedText).not.toContain(PROMPT);

    for (const variant of ["original", "thumb", "preview"]) {
      expect((await member.get(`/api/images/${grid.id}/${variant}`)).status(), variant).toBe(404);
    }
    expect((await member.get(`/api/tasks/${grid.id}`)).status()).toBe(404);
    expect((await member.get(`/api/tasks/${grid.id}/seed`)).status()).toBe(404);
    const zip = await member.post("/api/tasks/download", { data: { ids: [grid.id] } });
    expect(zip.status()).toBe(404);
    const star = await member.post("/api/tasks/bulk", { data: { op: "favorite", ids: [grid.id] } });
    expect(await star.text()).not.toContain("trash");
    // The live child no longer links to its trashed parent.
    const childDetail = (await (await member.get(`/api/tasks/${child.id}`)).json()) as { parent: unknown };
    expect(childDetail.parent).toBeNull();

    // The admin still sees it where the trash page needs it: the trash list and its thumbnails.
    const trash = (await (await request.get("/api/tasks?trash=1")).json()) as { items: TaskDto[] };
    expect(trash.items.map((t) => t.id)).toContain(grid.id);
    expect((await request.get(`/api/images/${grid.id}/thumb`)).status()).toBe(200);
    await member.dispose();
  });
});
