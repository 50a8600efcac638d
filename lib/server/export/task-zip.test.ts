import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";

import {
  buildTaskZip,
  extensionFor,
  promptSlug,
  taskBaseName,
  taskParams,
  type TaskExportEntry,
  type TaskExportMeta,
  videoFileName,
} from "./task-zip";

const EXPORTED_AT = new Date("2025-03-04T05:06:07.000Z");
const OPTIONS = { exportedAt: EXPORTED_AT, exportedBy: "Alice" };

function meta(overrides: Partial<TaskExportMeta> = {}): TaskExportMeta {
  const prompt = overrides.prompt ?? "a red fox in the snow --ar 16:9 --v 7";
  return {
    id: "1700000000000001",
    action: "IMAGINE",
    status: "SUCCESS",
    prompt,
    finalPrompt: `${prompt} --seed 42`,
    botType: "MID_JOURNEY",
    params: taskParams(prompt),
    seed: "42",
    author: { id: "u1", name: "Alice" },
    parent: null,
    children: [],
    createdAt: "2025-03-01T23:59:00.000Z",
    finishedAt: "2025-03-02T00:01:00.000Z",
    size: { width: 1456, height: 816 },
    sourceUrl: "/tasks/1700000000000001",
    ...overrides,
  };
}

// Deterministic stand-in bytes: the zip must hand back exactly these.
function fakeImage(length: number, seed = 7): Uint8Array {
  return Uint8Array.from({ length }, (_, i) => (i * seed) % 251);
}

function unzip(entries: TaskExportEntry[]) {
  const files = unzipSync(buildTaskZip(entries, OPTIONS));
  const readJson = (name: string): unknown => {
    const file = files[name];
    if (!file) throw new Error(`missing ${name} in ${Object.keys(files).join(", ")}`);
    return JSON.parse(strFromU8(file));
  };
  return { files, names: Object.keys(files).sort(), readJson };
}

// Characters forbidden or troublesome on Windows, macOS or Linux file systems.
const UNSAFE = /[/\\:*?"<>|\u0000-\u001f]|[. ]$/;

describe("taskParams", () => {
  it("reads the params by typed name, values as text", () => {
    expect(taskParams("a fox --ar 16:9 --v 7 --stylize 250")).toEqual({ ar: "16:9", v: "7", stylize: "250" });
  });

  it("keeps --no lists whole, marks bare flags true and lets the last repeat win", () => {
    expect(taskParams("x --no cats, dogs --tile --S 100 --s 200 —raw")).toEqual({
      no: "cats, dogs",
      tile: true,
      s: "200",
      raw: true,
    });
  });

  it("is empty for a prompt without params and survives JSON", () => {
    expect(taskParams("just words -- not a param")).toEqual({});
    const params = taskParams("https://example.com/a.png a cat --iw 2 --sref 123::2");
    expect(JSON.parse(JSON.stringify(params))).toEqual({ iw: "2", sref: "123::2" });
  });
});

describe("file names", () => {
  it("builds <day>_<id>_<slug> from the prompt body", () => {
    expect(taskBaseName(meta())).toBe("2025-03-01_1700000000000001_a-red-fox-in-the-snow");
  });

  it.each([
    ["Chinese only", "一只在雪地里的红狐狸 --ar 1:1", ""],
    ["mixed scripts", "赛博朋克 city at night 夜景", "city-at-night"],
    ["quotes and slashes", `"hello" / world \\ a:b*c?d<e>f|g`, "hello-world-a-b-c-d-e-f-g"],
    ["dot dot", "../../etc/passwd ..", "etc-passwd"],
    ["accents", "Café crème brûlée", "cafe-creme-brulee"],
    ["control characters", "tab\there\r\nnewline\u0000nul", "tab-here-newline-nul"],
    ["only URLs and params", "https://example.com/x.png --ar 2:3", ""],
    ["one huge word", "a".repeat(100), "a".repeat(40)],
  ])("slugs %s safely", (_label, prompt, slug) => {
    expect(promptSlug(prompt)).toBe(slug);
  });

  it("cuts long prompts at a word boundary within 40 characters", () => {
    const slug = promptSlug(`${"lorem ipsum dolor sit amet ".repeat(20)}`.slice(0, 500));
    expect(slug.length).toBeLessThanOrEqual(40);
    expect(slug).toBe("lorem-ipsum-dolor-sit-amet-lorem-ipsum");
  });

  it("falls back to day_id and sanitises odd ids and dates", () => {
    expect(taskBaseName({ id: "17", createdAt: "2025-01-02T03:04:05Z", prompt: "猫" })).toBe("2025-01-02_17");
    expect(taskBaseName({ id: "../a b", createdAt: "garbage", prompt: "x" })).toBe("undated_-a-b_x");
  });

  it("maps mimes to extensions", () => {
    expect(extensionFor("image/png")).toBe("png");
    expect(extensionFor("image/jpeg")).toBe("jpg");
    expect(extensionFor("IMAGE/WEBP; q=1")).toBe("webp");
    expect(extensionFor("image/gif")).toBe("gif");
    expect(extensionFor("application/octet-stream")).toBe("bin");
  });
});

describe("buildTaskZip", () => {
  it("stores each image byte for byte next to its JSON sidecar, plus a manifest", () => {
    const png = fakeImage(5000);
    const jpg = fakeImage(3000, 13);
    const parent = { id: "1700000000000001", action: "IMAGINE", buttonLabel: null };
    const { files, names, readJson } = unzip([
      {
        meta: meta({ children: [{ id: "1700000000000002", action: "UPSCALE", buttonLabel: "U1" }] }),
        image: { bytes: png, mime: "image/png" },
      },
      {
        meta: meta({ id: "1700000000000002", action: "UPSCALE", parent, children: [], size: null }),
        image: { bytes: jpg, mime: "image/jpeg" },
      },
    ]);

    const first = "2025-03-01_1700000000000001_a-red-fox-in-the-snow";
    const second = "2025-03-01_1700000000000002_a-red-fox-in-the-snow";
    expect(names).toEqual(
      [`${first}.json`, `${first}.png`, `${second}.jpg`, `${second}.json`, "manifest.json"].sort(),
    );
    expect(files[`${first}.png`]).toEqual(png);
    expect(files[`${second}.jpg`]).toEqual(jpg);

    expect(readJson(`${first}.json`)).toMatchObject({
      id: "1700000000000001",
      prompt: "a red fox in the snow --ar 16:9 --v 7",
      finalPrompt: "a red fox in the snow --ar 16:9 --v 7 --seed 42",
      params: { ar: "16:9", v: "7" },
      seed: "42",
      author: { id: "u1", name: "Alice" },
      parent: null,
      children: [{ id: "1700000000000002", action: "UPSCALE", buttonLabel: "U1" }],
      size: { width: 1456, height: 816 },
      sourceUrl: "/tasks/1700000000000001",
      image: { file: `${first}.png`, mime: "image/png", bytes: 5000 },
    });
    expect(readJson(`${second}.json`)).toMatchObject({ parent, size: null });

    expect(readJson("manifest.json")).toEqual({
      app: "mj-studio",
      format: 1,
      exportedAt: "2025-03-04T05:06:07.000Z",
      exportedBy: "Alice",
      count: 2,
      tasks: [
        expect.objectContaining({
          id: "1700000000000001",
          prompt: "a red fox in the snow --ar 16:9 --v 7",
          author: { id: "u1", name: "Alice" },
          files: { image: `${first}.png`, json: `${first}.json` },
        }),
        expect.objectContaining({
          id: "1700000000000002",
          files: { image: `${second}.jpg`, json: `${second}.json` },
        }),
      ],
    });
  });

  it("does not recompress images but does compress JSON", () => {
    const image = new Uint8Array(100_000); // all zeros: deflate would shrink it to almost nothing
    const zip = buildTaskZip(
      [{ meta: meta({ prompt: "x ".repeat(5000) }), image: { bytes: image, mime: "image/png" } }],
      OPTIONS,
    );
    expect(zip.length).toBeGreaterThan(100_000);
    expect(zip.length).toBeLessThan(100_000 + 2_000);
  });

  it("stores a video task's clips byte for byte beside its poster, named by clip number", () => {
    const poster = fakeImage(800, 3);
    const clips = [fakeImage(4000, 5), fakeImage(4100, 11)];
    const { files, names, readJson } = unzip([
      {
        meta: meta({ id: "77", action: "VIDEO" }),
        image: { bytes: poster, mime: "image/webp" },
        videos: clips.map((bytes) => ({ bytes, mime: "video/mp4" })),
      },
    ]);
    const base = "2025-03-01_77_a-red-fox-in-the-snow";
    expect(names).toEqual(
      [`${base}.json`, `${base}.webp`, `${base}_video-1.mp4`, `${base}_video-2.mp4`, "manifest.json"].sort(),
    );
    expect(files[`${base}_video-1.mp4`]).toEqual(clips[0]);
    expect(files[`${base}_video-2.mp4`]).toEqual(clips[1]);
    expect(readJson(`${base}.json`)).toMatchObject({
      image: { file: `${base}.webp`, mime: "image/webp", bytes: 800 },
      videos: [
        { file: `${base}_video-1.mp4`, mime: "video/mp4", bytes: 4000 },
        { file: `${base}_video-2.mp4`, mime: "video/mp4", bytes: 4100 },
      ],
    });
    expect(readJson("manifest.json")).toMatchObject({
      tasks: [{ files: { image: `${base}.webp`, videos: [`${base}_video-1.mp4`, `${base}_video-2.mp4`] } }],
    });
    expect(videoFileName("x", 4, "video/webm")).toBe("x_video-4.webm");
  });

  it("gives tasks without an image (describe, failed) just a sidecar", () => {
    const { names, readJson } = unzip([
      { meta: meta({ id: "9", action: "DESCRIBE", prompt: "", size: null }), image: null },
      { meta: meta({ id: "10", status: "FAILURE" }), image: null },
    ]);
    expect(names).toEqual(["2025-03-01_10_a-red-fox-in-the-snow.json", "2025-03-01_9.json", "manifest.json"]);
    expect(readJson("2025-03-01_9.json")).toMatchObject({ action: "DESCRIBE", image: null });
    expect(readJson("manifest.json")).toMatchObject({
      tasks: [
        { id: "9", files: { image: null, json: "2025-03-01_9.json" } },
        { id: "10", files: { image: null, json: "2025-03-01_10_a-red-fox-in-the-snow.json" } },
      ],
    });
  });

  it("keeps every name safe for tricky prompts and keeps the prompt itself intact in the sidecar", () => {
    const prompts = [
      "一只在雪地里的红狐狸",
      `say "cheese" and 'smile'`,
      "a/b\\c:d*e?f<g>h|i",
      "..",
      "trailing dots... ",
      `${"very long prompt words ".repeat(30)}`.slice(0, 500),
    ];
    const entries = prompts.map((prompt, i) => ({
      meta: meta({ id: String(i + 1), prompt, params: taskParams(prompt) }),
      image: { bytes: fakeImage(10 + i), mime: "image/webp" },
    }));
    const { names, readJson } = unzip(entries);
    expect(names).toHaveLength(prompts.length * 2 + 1);
    for (const name of names) {
      expect(name).not.toMatch(UNSAFE);
      expect(name.length).toBeLessThan(100);
    }
    expect(names).toContain("2025-03-01_1.webp");
    expect(names).toContain("2025-03-01_4.json");
    expect(names).toContain("2025-03-01_3_a-b-c-d-e-f-g-h-i.webp");
    expect(readJson("2025-03-01_2_say-cheese-and-smile.json")).toMatchObject({ prompt: prompts[1] });
    expect(readJson("2025-03-01_1.json")).toMatchObject({ prompt: "一只在雪地里的红狐狸" });
  });

  it("does not let two entries with the same id overwrite each other", () => {
    const { names } = unzip([
      { meta: meta({ id: "5", prompt: "cat" }), image: null },
      { meta: meta({ id: "5", prompt: "cat" }), image: null },
    ]);
    expect(names).toEqual(["2025-03-01_5_cat-2.json", "2025-03-01_5_cat.json", "manifest.json"]);
  });

  it("exports an empty selection as a manifest alone", () => {
    const { names, readJson } = unzip([]);
    expect(names).toEqual(["manifest.json"]);
    expect(readJson("manifest.json")).toMatchObject({ count: 0, tasks: [] });
  });
});
