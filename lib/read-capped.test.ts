import { describe, expect, it } from "vitest";

import { readCapped } from "./read-capped";

/** A stream of `count` chunks of `size` bytes that records whether the reader gave up on it. */
function chunked(count: number, size: number) {
  const seen = { pulled: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (seen.pulled === count) return controller.close();
        seen.pulled += 1;
        controller.enqueue(new Uint8Array(size).fill(seen.pulled));
      },
      cancel() {
        seen.cancelled = true;
      },
      // Pull only when read, so "pulled" counts exactly what the reader asked for.
    },
    { highWaterMark: 0 },
  );
  return { stream, seen };
}

describe("readCapped", () => {
  it("returns every byte, in order, of a body within the cap", async () => {
    const { stream } = chunked(3, 4);
    const bytes = await readCapped(stream, null, 12);
    expect(Array.from(bytes ?? [])).toEqual([1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3]);
  });

  it("stops reading a body that declares nothing but grows past the cap", async () => {
    const { stream, seen } = chunked(1000, 1024);
    expect(await readCapped(stream, null, 10 * 1024)).toBeNull();
    expect(seen.cancelled).toBe(true);
    expect(seen.pulled).toBeLessThan(20);
  });

  it("refuses a declared length over the cap without reading", async () => {
    const { stream, seen } = chunked(1, 10);
    expect(await readCapped(stream, String(50 * 1024 * 1024), 1024)).toBeNull();
    expect(seen.pulled).toBe(0);
  });

  it("reads an empty body as no bytes", async () => {
    expect((await readCapped(null, null, 10))?.byteLength).toBe(0);
  });
});
