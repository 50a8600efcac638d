import { expect, test } from "@playwright/test";

import { createImagine, key, pngDataUrl, simStats, waitForImage } from "../helpers/api";
import { errorOf } from "../helpers/json";

// Every bad input gets a specific 4xx with a readable message, and nothing reaches the upstream.
test.describe("bad input answers a specific 4xx", () => {
  const oneMbPlus = `data:image/png;base64,${Buffer.alloc(1_200_000, 7).toString("base64")}`;
  const textFile = `data:image/png;base64,${Buffer.from("hello, I am not an image at all").toString("base64")}`;

  const cases: Array<{
    name: string;
    // Most bodies are plain; one builds an image first, so a body may also be a promise.
    body: () => unknown;
    status: number;
    code: string;
    message: RegExp;
  }> = [
    {
      name: "empty prompt",
      body: () => ({ prompt: "   ", idempotencyKey: key() }),
      status: 422,
      code: "validation_failed",
      message: /prompt must not be empty/,
    },
    {
      name: "missing prompt",
      body: () => ({ idempotencyKey: key() }),
      status: 422,
      code: "validation_failed",
      message: /prompt/,
    },
    {
      name: "too-long prompt",
      body: () => ({ prompt: "x".repeat(4001), idempotencyKey: key() }),
      status: 422,
      code: "validation_failed",
      message: /at most 4000 characters/,
    },
    {
      name: "more than 5 references",
      body: async () => ({
        prompt: "cat",
        references: Array(6).fill(await pngDataUrl()),
        idempotencyKey: key(),
      }),
      status: 422,
      code: "validation_failed",
      message: /at most 5 reference images/,
    },
    {
      name: "non-image reference",
      body: () => ({ prompt: "cat", references: [textFile], idempotencyKey: key() }),
      status: 415,
      code: "unsupported_media_type",
      message: /Reference 1 is not a readable/,
    },
    {
      name: "non-image MIME type",
      body: () => ({
        prompt: "cat",
        references: ["data:text/plain;base64,aGVsbG8="],
        idempotencyKey: key(),
      }),
      status: 415,
      code: "unsupported_media_type",
      message: /text\/plain/,
    },
    {
      name: "not a data URL",
      body: () => ({
        prompt: "cat",
        references: ["https://example.com/cat.png"],
        idempotencyKey: key(),
      }),
      status: 422,
      code: "validation_failed",
      message: /not a base64 data URL/,
    },
    {
      name: "oversized reference",
      body: () => ({ prompt: "cat", references: [oneMbPlus], idempotencyKey: key() }),
      status: 413,
      code: "payload_too_large",
      message: /Reference 1 is 1\.1 MB; the limit is 1\.0 MB/,
    },
    {
      name: "missing idempotency key",
      body: () => ({ prompt: "cat" }),
      status: 422,
      code: "validation_failed",
      message: /idempotencyKey/,
    },
    {
      name: "bad bot type",
      body: () => ({ prompt: "cat", botType: "DALL_E", idempotencyKey: key() }),
      status: 422,
      code: "validation_failed",
      message: /botType/,
    },
  ];

  for (const c of cases) {
    test(c.name, async ({ request }) => {
      const before = (await simStats(request)).submits;
      const res = await request.post("/api/tasks", { data: await c.body() });
      expect(res.status()).toBe(c.status);
      const error = await errorOf(res);
      expect(error.code).toBe(c.code);
      expect(error.message).toMatch(c.message);
      expect((await simStats(request)).submits).toBe(before);
    });
  }

  test("malformed JSON", async ({ request }) => {
    const res = await request.post("/api/tasks", {
      headers: { "content-type": "application/json" },
      data: Buffer.from("{ not json"),
    });
    expect(res.status()).toBe(400);
    expect((await errorOf(res)).message).toMatch(/not valid JSON/);
  });

  test("wrong content type", async ({ request }) => {
    const res = await request.post("/api/tasks", {
      headers: { "content-type": "text/plain" },
      data: "prompt=cat",
    });
    expect(res.status()).toBe(415);
    expect((await errorOf(res)).message).toMatch(/application\/json/);
  });

  test("unknown task", async ({ request }) => {
    const res = await request.get("/api/tasks/does-not-exist");
    expect(res.status()).toBe(404);
    expect((await errorOf(res)).message).toMatch(/No task with id "does-not-exist"/);
    const press = await request.post("/api/tasks/does-not-exist/actions", {
      data: { customId: "MJ::JOB::upsample::1::x", idempotencyKey: key() },
    });
    expect(press.status()).toBe(404);
  });

  test("a customId the task does not offer", async ({ request }) => {
    const task = await waitForImage(request, (await createImagine(request, "a lighthouse")).id);
    const before = (await simStats(request)).submits;
    const res = await request.post(`/api/tasks/${task.id}/actions`, {
      data: { customId: "MJ::JOB::upsample::9::nope", idempotencyKey: key() },
    });
    expect(res.status()).toBe(422);
    expect((await errorOf(res)).message).toMatch(/does not offer the button "MJ::JOB::upsample::9::nope"/);
    expect((await simStats(request)).submits).toBe(before);
  });

  test("a bad cursor and an unknown API route", async ({ request }) => {
    const res = await request.get("/api/tasks?cursor=garbage");
    expect(res.status()).toBe(422);
    expect((await errorOf(res)).message).toMatch(/cursor/);
    const missing = await request.get("/api/nothing-here");
    expect(missing.status()).toBe(404);
    expect((await errorOf(missing)).code).toBe("not_found");
  });
});
