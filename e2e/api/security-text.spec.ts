import { type APIRequestContext, expect, request as playwrightRequest, test } from "@playwright/test";
import Database from "better-sqlite3";
import path from "node:path";

import { key, simStats } from "../helpers/api";
import { createMember, signIn } from "../helpers/auth";

// Issue 8 items 2, 8 and 16: every user-editable text has a limit on every write path, and bad text is refused
// with a specific 4xx in words, never stored and never a 500. See docs/security.md, "User-editable text".

const BAD_NAMES: Array<[string, string, RegExp]> = [
  ["empty", "", /name must not be empty/],
  ["blank", "   ", /name must not be empty/],
  ["NUL", "Eve\u0000", /control characters/],
  ["ESC sequence", "\u001b[2JEve", /control characters/],
  ["line break", "Eve\nAdmin", /control characters/],
  ["RLO override", "Eve\u202Egpj.exe", /bidirectional override/],
  ["isolate", "Eve\u2066x\u2069", /bidirectional override/],
  ["61 characters", "e".repeat(61), /at most 60 characters/],
  ["zero-width space", "\u200b", /invisible/],
  ["only combining marks", "\u0301".repeat(5), /visible character/],
];

async function originOf(api: APIRequestContext): Promise<string> {
  return new URL((await api.get("/api/health")).url()).origin;
}

async function expectRefused(
  res: Awaited<ReturnType<APIRequestContext["post"]>>,
  status: number,
  message: RegExp,
) {
  expect(res.status(), await res.text()).toBe(status);
  const body = (await res.json()) as { error: { code: string; message: string } };
  expect(body.error.message).toMatch(message);
  return body.error.code;
}

test.describe("display names", () => {
  test("better-auth's update-user: a 20 MB name is a 413, bad names are 422s, and the name stays", async ({
    request,
    baseURL,
  }) => {
    const member = await createMember(request, "Text Tess");
    const api = await playwrightRequest.newContext({ baseURL });
    try {
      await signIn(api, member);
      const headers = { Origin: await originOf(api) };
      const huge = await api.post("/api/auth/update-user", {
        data: { name: "x".repeat(20 * 1024 * 1024) },
        headers,
      });
      expect(await expectRefused(huge, 413, /larger than 16 KB/)).toBe("payload_too_large");
      for (const [label, name, message] of BAD_NAMES) {
        const res = await api.post("/api/auth/update-user", { data: { name }, headers });
        expect(await expectRefused(res, 422, message), label).toBe("validation_failed");
      }
      const me = (await (await api.get("/api/me")).json()) as { name: string };
      expect(me.name).toBe("Text Tess");
      // A good name still goes through better-auth as before.
      const ok = await api.post("/api/auth/update-user", { data: { name: "  Tess Renamed " }, headers });
      expect(ok.status(), await ok.text()).toBe(200);
      expect(((await (await api.get("/api/me")).json()) as { name: string }).name).toBe("Tess Renamed");
    } finally {
      await api.dispose();
    }
  });

  test("better-auth's sign-up endpoint refuses bad names before anything else", async ({ request }) => {
    const res = await request.post("/api/auth/sign-up/email", {
      data: { name: "Eve\u202E", email: `eve.${Date.now()}@example.com`, password: "eve-password-1" },
      headers: { Origin: await originOf(request) },
    });
    await expectRefused(res, 422, /bidirectional override/);
  });

  test("our own routes that set a name: setup, invite accept, add member, rename member", async ({
    request,
  }) => {
    const member = await createMember(request, "Rename Rita");
    const invite = (await (await request.post("/api/admin/invites", { data: {} })).json()) as { url: string };
    const token = new URL(invite.url).pathname.split("/").pop() ?? "";
    for (const [label, name, message] of BAD_NAMES) {
      const account = { name, email: `bad.${Date.now()}@example.com`, password: "bad-name-password" };
      await expectRefused(await request.post("/api/setup", { data: account }), 422, message);
      await expectRefused(await request.post(`/api/invites/${token}`, { data: account }), 422, message);
      await expectRefused(await request.post("/api/admin/members", { data: account }), 422, message);
      const patch = await request.patch(`/api/admin/members/${member.id}`, { data: { name } });
      expect(await expectRefused(patch, 422, message), label).toBe("validation_failed");
    }
    // Nothing was created or renamed, and the invite is still open.
    expect((await request.get(`/api/invites/${token}`)).status()).toBe(200);
    const members = (await (await request.get("/api/admin/members")).json()) as {
      items: { id: string; name: string }[];
    };
    expect(members.items.find((m) => m.id === member.id)?.name).toBe("Rename Rita");
  });

  test("a name stored before the rule is clipped in every response that shows it", async ({ request }) => {
    const member = await createMember(request, "Long Lou");
    const db = new Database(path.resolve("e2e/.artifacts/data/studio.db"));
    try {
      db.prepare('UPDATE "user" SET name = ? WHERE id = ?').run(
        `Lou\u202E${"o".repeat(1024 * 1024)}`,
        member.id,
      );
    } finally {
      db.close();
    }
    for (const url of ["/api/members", "/api/admin/members"]) {
      const res = await request.get(url);
      expect((await res.body()).byteLength, url).toBeLessThan(64 * 1024);
      const { items } = (await res.json()) as { items: { id: string; name: string }[] };
      const name = items.find((m) => m.id === member.id)?.name ?? "";
      expect(Array.from(name).length, url).toBeLessThanOrEqual(60);
      expect(name, url).toMatch(/^Louo+…$/);
    }
  });
});

test.describe("prompts and other text", () => {
  test("a number is not text; NUL, ESC and lone surrogates are refused in words; nothing reaches the upstream", async ({
    request,
  }) => {
    const before = (await simStats(request)).submits;
    const notText = await request.post("/api/tasks", { data: { prompt: 12345, idempotencyKey: key() } });
    await expectRefused(notText, 422, /prompt must be text/);
    for (const prompt of ["a cat\u0000", "\u001b[31mred cat", "cat\u0007"]) {
      const res = await request.post("/api/tasks", { data: { prompt, idempotencyKey: key() } });
      await expectRefused(res, 422, /prompt must not contain control characters such as NUL/);
    }
    for (const path of ["/api/tasks", "/api/shorten"]) {
      const res = await request.post(path, {
        headers: { "content-type": "application/json" },
        data: Buffer.from(`{"prompt":"\\ud800 cat","idempotencyKey":"${key()}"}`),
      });
      await expectRefused(res, 422, /"prompt" contains a broken character \(an unpaired UTF-16 surrogate/);
    }
    // Line breaks and tabs in a pasted prompt are still fine.
    const shorten = await request.post("/api/shorten", {
      data: { prompt: "a red fox\n\tin snow", idempotencyKey: key() },
    });
    expect(shorten.status(), await shorten.text()).toBe(201);
    expect((await simStats(request)).submits).toBe(before + 1);
  });

  test("collection names: at most 80 characters, one line, no bidi overrides", async ({ request }) => {
    await expectRefused(
      await request.post("/api/collections", { data: { name: "c".repeat(200) } }),
      422,
      /at most 80/,
    );
    await expectRefused(
      await request.post("/api/collections", { data: { name: 42 } }),
      422,
      /name must be text/,
    );
    for (const name of ["Faves\u0000", "Faves\nmore", "Faves\u202E", "\u2028\u200b"]) {
      const res = await request.post("/api/collections", { data: { name } });
      await expectRefused(res, 422, /control characters|bidirectional/);
    }
    const created = await request.post("/api/collections", { data: { name: `Text rules ${Date.now()}` } });
    expect(created.status()).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const rename = await request.patch(`/api/collections/${id}`, { data: { name: "Renamed\u001b[0m" } });
    await expectRefused(rename, 422, /control characters/);
  });

  test("admin settings text: base URL and account filter strings are bounded one-line text", async ({
    request,
  }) => {
    await expectRefused(
      await request.patch("/api/admin/settings", { data: { baseUrl: "http://exa\tmple.test" } }),
      422,
      /baseUrl must not contain control characters/,
    );
    await expectRefused(
      await request.patch("/api/admin/settings", { data: { accountFilter: { remark: "r".repeat(201) } } }),
      422,
      /remark must be at most 200 characters/,
    );
    await expectRefused(
      await request.patch("/api/admin/settings", { data: { accountFilter: { channelId: 123 } } }),
      422,
      /channelId must be text/,
    );
  });
});
