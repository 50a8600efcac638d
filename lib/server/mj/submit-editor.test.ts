import { beforeEach, describe, expect, it, vi } from "vitest";

import { caught } from "./__fixtures__/caught";
import { imagineSuite } from "./__fixtures__/imagine";
import { forgetEditorSupport } from "./editor-support";
import { knownEditorSupport, submitEdit, submitRetexture } from "./index";

vi.mock("@/env.mjs", () => import("./__fixtures__/env"));

const { mock } = imagineSuite();
const IMAGE = "data:image/png;base64,iVBORw0KGgo=";
const ACCEPTED = { code: 1, description: "Submit success", result: "1730000000000042", properties: {} };

/** Answers by path: the listed paths exist (and accept), every other one is a bare 404 like a missing route. */
function upstreamWith(paths: readonly string[]) {
  mock.up.setHandler((req) =>
    paths.includes(req.url) ? { status: 200, body: ACCEPTED } : { status: 404, body: "Not Found" },
  );
}

const urls = () => mock.up.requests.map((r) => r.url);

describe("edit / retexture endpoint detection", () => {
  beforeEach(() => forgetEditorSupport());

  it("sends prompt and image to /submit/edit and remembers it", async () => {
    upstreamWith(["/mj/submit/edit"]);
    const out = await submitEdit({ prompt: "a hat", image: IMAGE }, { state: "s" });
    expect(out).toMatchObject({ kind: "accepted", upstreamId: "1730000000000042" });
    expect(JSON.parse(mock.up.requests[0]?.body ?? "")).toEqual({
      prompt: "a hat",
      image: IMAGE,
      state: "s",
    });
    expect(knownEditorSupport().edit).toBe("present");
  });

  it("falls back to /submit/edits once on a 404 and then goes straight there", async () => {
    upstreamWith(["/mj/submit/edits"]);
    await submitEdit({ prompt: "a hat", image: IMAGE });
    expect(urls()).toEqual(["/mj/submit/edit", "/mj/submit/edits"]);
    await submitEdit({ prompt: "a cap", image: IMAGE });
    expect(urls()).toEqual(["/mj/submit/edit", "/mj/submit/edits", "/mj/submit/edits"]);
  });

  it("remembers 'not offered' when neither path exists and stops calling", async () => {
    upstreamWith([]);
    const first = await caught(submitEdit({ prompt: "a hat", image: IMAGE }));
    expect(first.kind).toBe("unsupported");
    expect(knownEditorSupport().edit).toBe("absent");
    const second = await caught(submitEdit({ prompt: "a hat", image: IMAGE }));
    expect(second.kind).toBe("unsupported");
    expect(urls()).toEqual(["/mj/submit/edit", "/mj/submit/edits"]);
  });

  it("never tries another path after a business answer (the route exists; it may have billed)", async () => {
    mock.up.setHandler(() => ({
      status: 404,
      body: { code: 3, description: "无可用的账号实例", result: null, properties: {} },
    }));
    const e = await caught(submitEdit({ prompt: "a hat", image: IMAGE }));
    expect(e.kind).not.toBe("unsupported");
    expect(urls()).toEqual(["/mj/submit/edit"]);
    expect(knownEditorSupport().edit).toBe("present");
  });

  it("never tries another path after an ambiguous failure", async () => {
    mock.up.setHandler(() => ({ status: 502, body: "Bad Gateway" }));
    await caught(submitEdit({ prompt: "a hat", image: IMAGE }));
    expect(urls()).toEqual(["/mj/submit/edit"]);
    expect(knownEditorSupport().edit).toBe("unknown");
  });

  it("retexture has one path; a 404 marks it absent separately from edit", async () => {
    upstreamWith(["/mj/submit/edit"]);
    const e = await caught(submitRetexture({ prompt: "gold", image: IMAGE }));
    expect(e.kind).toBe("unsupported");
    expect(knownEditorSupport()).toEqual({ edit: "unknown", retexture: "absent" });
  });

  it.each([
    ["an empty prompt", { prompt: "  ", image: IMAGE }],
    ["an image that is neither a data URL nor http(s)", { prompt: "x", image: "file:///etc/passwd" }],
  ])("refuses %s before any call", async (_name, body) => {
    upstreamWith(["/mj/submit/edit"]);
    const e = await caught(submitEdit(body));
    expect(e.kind).toBe("validation");
    expect(urls()).toEqual([]);
  });
});
