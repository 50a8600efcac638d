import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";

import { buildTaskZip, type TaskExportEntry, type TaskExportMeta } from "./task-zip";
import { streamTaskZip, type TaskExportSource } from "./task-zip-stream";

const OPTIONS = { exportedAt: new Date("2025-03-04T05:06:07.000Z"), exportedBy: "Alice" };

function meta(id: string): TaskExportMeta {
  return {
    id,
    action: "IMAGINE",
    status: "SUCCESS",
    prompt: `a fox number ${id}`,
    finalPrompt: null,
    botType: "MID_JOURNEY",
    params: {},
    seed: null,
    author: { id: "u1", name: "Alice" },
    parent: null,
    children: [],
    createdAt: "2025-03-01T23:59:00.000Z",
    finishedAt: null,
    size: null,
    sourceUrl: `/tasks/${id}`,
  };
}

const image = (id: number) => ({
  bytes: Uint8Array.from({ length: 50_000 }, (_, i) => (i * id) % 251),
  mime: "image/png",
});

/** A stand-in for the storage reader that records which images were read, and when. */
function recordingSources(count: number) {
  const reads: string[] = [];
  const sources: TaskExportSource[] = Array.from({ length: count }, (_, i) => ({
    meta: meta(String(i + 1)),
    loadImage: () => {
      reads.push(String(i + 1));
      return Promise.resolve(image(i + 1));
    },
  }));
  return { reads, sources };
}

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  const reader = stream.getReader();
  for (let r = await reader.read(); !r.done; r = await reader.read()) chunks.push(r.value);
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

describe("streamTaskZip", () => {
  it("reads nothing before the consumer asks, then one image per pull", async () => {
    const { reads, sources } = recordingSources(5);
    const reader = streamTaskZip(sources, OPTIONS).getReader();
    await Promise.resolve();
    expect(reads).toEqual([]);

    const first = await reader.read();
    expect(first.done).toBe(false);
    expect(first.value?.length).toBeGreaterThan(0);
    // The first bytes are out while the later images have not been read at all.
    expect(reads).toEqual(["1"]);
    await reader.read();
    expect(reads.length).toBeLessThanOrEqual(2);
    await reader.cancel();
  });

  it("produces the same files as the in-memory zip", async () => {
    const { sources } = recordingSources(3);
    const streamed = unzipSync(await readAll(streamTaskZip(sources, OPTIONS)));
    const entries: TaskExportEntry[] = await Promise.all(
      sources.map(async (s) => ({ meta: s.meta, image: await s.loadImage() })),
    );
    const whole = unzipSync(buildTaskZip(entries, OPTIONS));
    expect(Object.keys(streamed).sort()).toEqual(Object.keys(whole).sort());
    for (const [name, bytes] of Object.entries(whole)) expect(streamed[name], name).toEqual(bytes);
    const manifest = JSON.parse(strFromU8(streamed["manifest.json"] ?? new Uint8Array())) as {
      count: number;
    };
    expect(manifest.count).toBe(3);
  });

  it("calls onClose exactly once when it ends, fails or is cancelled", async () => {
    let closes = 0;
    const onClose = () => closes++;

    await readAll(streamTaskZip(recordingSources(2).sources, OPTIONS, { onClose }));
    expect(closes).toBe(1);

    const broken: TaskExportSource[] = [
      { meta: meta("1"), loadImage: () => Promise.reject(new Error("disk")) },
    ];
    await expect(readAll(streamTaskZip(broken, OPTIONS, { onClose }))).rejects.toThrow("disk");
    expect(closes).toBe(2);

    const reader = streamTaskZip(recordingSources(3).sources, OPTIONS, { onClose }).getReader();
    await reader.read();
    await reader.cancel();
    await reader.cancel();
    expect(closes).toBe(3);
  });

  it("exports an empty selection as a manifest alone", async () => {
    const files = unzipSync(await readAll(streamTaskZip([], OPTIONS)));
    expect(Object.keys(files)).toEqual(["manifest.json"]);
  });
});
