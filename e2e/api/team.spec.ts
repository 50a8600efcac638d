import { expect, test } from "@playwright/test";

import type { TaskDto } from "@/lib/schemas/task";

import { buttonId, createImagine, key, listTasks, pressButton, simStats, waitForImage } from "../helpers/api";
import { apiAs, createMember, signedOutApi, signInAttempt } from "../helpers/auth";
import { errorOf, jsonAs } from "../helpers/json";

test("a daily limit counts button presses too, refuses before the upstream, and still answers replays", async ({
  request,
  baseURL,
}) => {
  const dee = await createMember(request, "Dee Limited", { dailyLimit: 2 });
  const api = await apiAs(dee, baseURL!);
  const firstKey = key();
  const first = await api.post("/api/tasks", {
    data: { prompt: "limit counts presses", idempotencyKey: firstKey },
  });
  expect(first.status()).toBe(201);
  const grid = await waitForImage(api, (await jsonAs<TaskDto>(first)).id);
  const press = await api.post(`/api/tasks/${grid.id}/actions`, {
    data: { customId: buttonId(grid, "U1"), idempotencyKey: key() },
  });
  expect(press.status()).toBe(201);

  const before = await simStats(request);
  const over = await api.post(`/api/tasks/${grid.id}/actions`, {
    data: { customId: buttonId(grid, "V1"), idempotencyKey: key() },
  });
  expect(over.status()).toBe(429);
  const error = await errorOf(over);
  expect(error.code).toBe("daily_limit_reached");
  expect(error.details).toMatchObject({ used: 2, limit: 2 });
  expect(error.message).toMatch(/resets at 00:00 UTC/);
  expect((await simStats(request)).submits).toBe(before.submits);

  // A retry of an earlier submit is not a new task: it is answered, and still costs nothing.
  const replay = await api.post("/api/tasks", {
    data: { prompt: "limit counts presses", idempotencyKey: firstKey },
  });
  expect(replay.status()).toBe(200);
  expect(replay.headers()["idempotent-replayed"]).toBe("true");

  // The admin lifts the limit: the same press goes through.
  const lift = await request.patch(`/api/admin/members/${dee.id}`, { data: { dailyLimit: null } });
  expect(lift.status()).toBe(200);
  const after = await api.post(`/api/tasks/${grid.id}/actions`, {
    data: { customId: buttonId(grid, "V1"), idempotencyKey: key() },
  });
  expect(after.status()).toBe(201);
  await api.dispose();
});

test("members act on their own tasks only: cancel, dialogs and delete are the author's (or an admin's)", async ({
  request,
  baseURL,
}) => {
  const eve = await createMember(request, "Eve Owner");
  const fay = await createMember(request, "Fay Other");
  const eveApi = await apiAs(eve, baseURL!);
  const fayApi = await apiAs(fay, baseURL!);
  const grid = await waitForImage(eveApi, (await createImagine(eveApi, "whose dialog")).id);
  const upscale = await waitForImage(eveApi, (await pressButton(eveApi, grid.id, buttonId(grid, "U1"))).id);
  const dialog = await pressButton(eveApi, upscale.id, buttonId(upscale, "Custom Zoom"));
  expect(dialog.status).toBe("modal");

  expect(
    (
      await fayApi.post(`/api/tasks/${dialog.id}/modal`, {
        data: { prompt: "x --zoom 1.5", idempotencyKey: key() },
      })
    ).status(),
  ).toBe(403);
  expect((await fayApi.post(`/api/tasks/${dialog.id}/cancel`)).status()).toBe(403);
  expect((await fayApi.delete(`/api/tasks/${grid.id}`)).status()).toBe(403);
  // Fay may build on Eve's grid: the child is Fay's.
  const child = await pressButton(fayApi, grid.id, buttonId(grid, "V2"));
  expect(child.author?.id).toBe(fay.id);
  expect(child.parentId).toBe(grid.id);

  // Eve cancels her own dialog and deletes her own grid; the admin (request) can still open it in the trash.
  expect((await eveApi.post(`/api/tasks/${dialog.id}/cancel`)).status()).toBe(200);
  expect((await eveApi.delete(`/api/tasks/${grid.id}`)).status()).toBe(200);
  expect((await fayApi.get(`/api/tasks/${grid.id}`)).status()).toBe(404);
  expect((await request.get(`/api/tasks/${grid.id}`)).status()).toBe(200);
  const trash = await listTasks(request, "trash=1&limit=100");
  expect(trash.items.map((t) => t.id)).toContain(grid.id);
  await eveApi.dispose();
  await fayApi.dispose();
});

test("filters: mine, member, type and favorites return exactly the right tasks", async ({
  request,
  baseURL,
}) => {
  const gus = await createMember(request, "Gus Filter");
  const api = await apiAs(gus, baseURL!);
  const tag = `filtertag${Date.now()}`;
  const a = await createImagine(api, `${tag} alpha`);
  const b = await createImagine(request, `${tag} beta`);
  const ids = async (ctx: typeof api, query: string) =>
    (await listTasks(ctx, `q=${tag}&${query}`)).items.map((t) => t.id).sort();
  expect(await ids(api, "")).toEqual([a.id, b.id].sort());
  expect(await ids(api, "scope=mine")).toEqual([a.id]);
  expect(await ids(request, `member=${gus.id}`)).toEqual([a.id]);
  expect(await ids(api, "type=UPSCALE")).toEqual([]);
  expect(await ids(api, "type=IMAGINE")).toEqual([a.id, b.id].sort());
  await api.post("/api/tasks/bulk", { data: { op: "favorite", ids: [b.id] } });
  expect(await ids(api, "favorites=1")).toEqual([b.id]);
  // Favorites are per person: the admin starred nothing.
  expect(await ids(request, "favorites=1")).toEqual([]);
  expect((await api.get("/api/tasks?from=2026-12-02&to=2026-12-01")).status()).toBe(422);

  // The usage report: a member gets their own rows only, the admin the whole team's.
  type Usage = { rows: { memberEmail: string; action: string; count: number }[] };
  const mine = await jsonAs<Usage>(await api.get("/api/usage"));
  expect(mine.rows.length).toBeGreaterThan(0);
  expect(new Set(mine.rows.map((row) => row.memberEmail))).toEqual(new Set([gus.email]));
  const team = await jsonAs<Usage>(await request.get("/api/usage"));
  expect(team.rows.some((row) => row.memberEmail !== gus.email)).toBe(true);
  expect(team.rows.filter((row) => row.memberEmail === gus.email)).toEqual(mine.rows);
  await api.dispose();
});

test("repeated wrong passwords slow one account down (never lock it), with the wait in seconds", async ({
  request,
  baseURL,
}) => {
  const hal = await createMember(request, "Hal Guessed");
  const api = await signedOutApi(baseURL!);
  const attempt = (password: string) => signInAttempt(api, baseURL!, hal, password);
  // Three failures are free; the fourth starts a one-second wait.
  for (let i = 0; i < 4; i += 1) expect((await attempt(`wrong-guess-${i}`)).status()).toBe(401);
  const limited = await attempt("wrong-guess-4");
  expect(limited.status()).toBe(429);
  const retryAfter = Number(limited.headers()["retry-after"]);
  expect(retryAfter).toBeGreaterThan(0);
  expect(retryAfter).toBeLessThanOrEqual(30);
  expect((await errorOf(limited)).message).toBe(`Too many attempts, try again in ${retryAfter} s.`);
  // Even the right password waits: a guesser cannot tell that it found it.
  expect((await attempt(hal.password)).status()).toBe(429);
  // Other accounts are not slowed down by it.
  const other = await createMember(request, "Ida Unaffected");
  const ok = await signInAttempt(api, baseURL!, other, other.password);
  expect(ok.status()).toBe(200);
  expect(await ok.text()).not.toContain('"token"');
  // After the wait the owner gets in: a delay, not a lock.
  await new Promise((resolve) => setTimeout(resolve, retryAfter * 1000 + 200));
  expect((await attempt(hal.password)).status()).toBe(200);
  await api.dispose();
});
