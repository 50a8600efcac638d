import { describe, expect, it } from "vitest";
import { z } from "zod";

import { AppError } from "@/lib/errors";

import { readCappedBytes } from "./body-cap";
import { readJson } from "./http";

const Body = z.object({ prompt: z.string() }).loose();

function jsonRequest(
  body: string | ReadableStream<Uint8Array>,
  headers: Record<string, string> = {},
): Request {
  return new Request("http://studio.test/api/tasks", {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body,
    // A stream body needs half-duplex in undici.
    ...(typeof body === "string" ? {} : { duplex: "half" }),
  });
}

/** A chunked body with no Content-Length: `count` chunks of `size` bytes, counting how many were pulled. */
function chunkedBody(count: number, size: number) {
  const state = { pulled: 0 };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (state.pulled === count) return controller.close();
      state.pulled += 1;
      controller.enqueue(new Uint8Array(size).fill(0x20));
    },
  });
  return { stream, state };
}

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error: unknown = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("readJson", () => {
  it("refuses a lone surrogate in a value with a 422 in words (it used to reach the database and 500)", async () => {
    const error = await failure(readJson(jsonRequest('{"prompt":"\\ud800 cat"}'), Body, 1024));
    expect(error.status).toBe(422);
    expect(error.code).toBe("validation_failed");
    expect(error.message).toMatch(/"prompt" contains a broken character \(an unpaired UTF-16 surrogate/);
  });

  it("refuses a lone low surrogate in a nested value or in a key", async () => {
    const nested = await failure(readJson(jsonRequest('{"prompt":"a","x":["\\udc00"]}'), Body, 1024));
    expect(nested.status).toBe(422);
    const key = await failure(readJson(jsonRequest('{"prompt":"a","\\ud834":1}'), Body, 1024));
    expect(key.status).toBe(422);
  });

  it("accepts a proper surrogate pair, escaped or raw", async () => {
    await expect(readJson(jsonRequest('{"prompt":"\\ud83e\\udd8a fox"}'), Body, 1024)).resolves.toEqual({
      prompt: "🦊 fox",
    });
    await expect(readJson(jsonRequest('{"prompt":"🦊"}'), Body, 1024)).resolves.toEqual({ prompt: "🦊" });
  });

  it("still tells malformed JSON apart (400)", async () => {
    const error = await failure(readJson(jsonRequest("{ nope"), Body, 1024));
    expect(error.status).toBe(400);
  });

  it("stops reading a chunked body as soon as it passes the cap, and says the cap in KB", async () => {
    const { stream, state } = chunkedBody(1000, 1024);
    const error = await failure(readJson(jsonRequest(stream), Body, 16 * 1024));
    expect(error.status).toBe(413);
    expect(error.message).toBe("The request body is larger than 16 KB.");
    expect(state.pulled).toBeLessThan(30);
  });
});

describe("readCappedBytes", () => {
  it("refuses an honest oversized Content-Length without reading", async () => {
    const { stream, state } = chunkedBody(10, 1024);
    const req = jsonRequest(stream, { "content-length": String(20 * 1024 * 1024) });
    const error = await failure(readCappedBytes(req, 16 * 1024));
    expect(error.status).toBe(413);
    expect(state.pulled).toBeLessThanOrEqual(1);
  });

  it("returns the whole body when it fits", async () => {
    const { stream } = chunkedBody(3, 100);
    expect((await readCappedBytes(jsonRequest(stream), 300)).byteLength).toBe(300);
  });
});
