import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";

import { ApiError, apiFetch, postJson } from "./api-client";

const Thing = z.object({ id: z.string() });

function respond(status: number, body: string, contentType = "application/json") {
  vi.stubGlobal(
    "fetch",
    vi.fn(async () => new Response(body, { status, headers: { "content-type": contentType } })),
  );
}

async function caught(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.unreachable(),
    (error: unknown) => error,
  );
}

afterEach(() => vi.unstubAllGlobals());

describe("apiFetch", () => {
  it("parses a success with the schema and sends JSON", async () => {
    respond(201, JSON.stringify({ id: "t1", extra: true }));
    await expect(apiFetch("/api/tasks", { method: "POST", body: { a: 1 } }, Thing)).resolves.toEqual({
      id: "t1",
    });
    const [, init] = vi.mocked(fetch).mock.calls[0] ?? [];
    expect(init?.body).toBe('{"a":1}');
    expect(init?.headers).toMatchObject({ "content-type": "application/json" });
  });

  it("turns an AppErrorBody into an ApiError", async () => {
    respond(
      422,
      JSON.stringify({ error: { code: "banned_prompt", message: "no", details: { bannedWord: "gore" } } }),
    );
    const error = await caught(apiFetch("/api/tasks", {}, Thing));
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      code: "banned_prompt",
      status: 422,
      message: "no",
      details: { bannedWord: "gore" },
    });
  });

  it("falls back to a status-based error when the body is not JSON", async () => {
    respond(502, "<html>Bad Gateway</html>", "text/html");
    expect(await caught(apiFetch("/x", {}, Thing))).toMatchObject({
      code: "upstream_unavailable",
      status: 502,
    });
  });

  it("reports unreadable success bodies", async () => {
    respond(200, JSON.stringify({ nope: 1 }));
    expect(await caught(apiFetch("/x", {}, Thing))).toMatchObject({ code: "bad_response", status: 200 });
  });

  it("maps network failures to code network, but lets aborts through", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => Promise.reject(new TypeError("Failed to fetch"))),
    );
    expect(await caught(apiFetch("/x", {}, Thing))).toMatchObject({ code: "network", status: 0 });

    const controller = new AbortController();
    controller.abort();
    const abort = new DOMException("Aborted", "AbortError");
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => Promise.reject(abort)),
    );
    expect(await caught(apiFetch("/x", { signal: controller.signal }, Thing))).toBe(abort);
  });
});

describe("postJson", () => {
  it("flattens our error shape and better-auth's, and reads Retry-After", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(
        async () =>
          new Response(JSON.stringify({ error: { code: "rate_limited", message: "slow down" } }), {
            status: 429,
            headers: { "retry-after": "2.5" },
          }),
      ),
    );
    await expect(postJson("/api/x", {})).resolves.toEqual({
      ok: false,
      status: 429,
      code: "rate_limited",
      message: "slow down",
      retryAfterSeconds: 3,
    });
    respond(401, JSON.stringify({ code: "INVALID_PASSWORD", message: "no" }));
    await expect(postJson("/api/auth/sign-in/email", {})).resolves.toMatchObject({
      status: 401,
      code: "INVALID_PASSWORD",
    });
  });

  it("answers a network failure with code network instead of throwing", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => Promise.reject(new TypeError("Failed to fetch"))),
    );
    await expect(postJson("/api/x", {})).resolves.toMatchObject({ ok: false, status: 0, code: "network" });
  });
});
