import "server-only";

import sharp from "sharp";
import { describe, expect, it } from "vitest";

import { buttonLabels, GRID_BUTTON_LABELS } from "@/test/fixtures/grid-buttons";

import { getStats, resetSettings, updateSettings } from "./settings";
import { call, waitFor, withTempSimulator } from "./test-http";

withTempSimulator();

async function pngDataUrl(width: number, height: number) {
  const bytes = await sharp({ create: { width, height, channels: 4, background: "#2a6f97" } })
    .png()
    .toBuffer();
  return `data:image/png;base64,${bytes.toString("base64")}`;
}

describe("edit and retexture", () => {
  it.each([
    ["/mj/submit/edit", "EDIT", "/edit a red hat"],
    ["/mj/submit/edits", "EDIT", "/edit a red hat"],
    ["/mj/submit/retexture", "RETEXTURE", "/retexture a red hat"],
  ])("%s → a %s grid in the image's shape with the grid buttons", async (path, action, description) => {
    const before = getStats().submits;
    const submit = await call("POST", path, {
      prompt: "a red hat",
      image: await pngDataUrl(96, 64),
      state: "s",
    });
    expect(submit.json.code).toBe(1);
    const done = await waitFor(submit.json.result as string, ["SUCCESS"]);
    expect(done).toMatchObject({ action, description, prompt: "a red hat", state: "s" });
    expect(buttonLabels(done.buttons as { label: string; emoji: string }[])).toEqual(GRID_BUTTON_LABELS);
    expect(getStats().submits).toBe(before + 1);
    expect(getStats().requests[`POST ${path}`]).toBeGreaterThan(0);
  });

  it("requires prompt and image (code 4)", async () => {
    expect((await call("POST", "/mj/submit/edit", { image: await pngDataUrl(8, 8) })).json.code).toBe(4);
    expect(
      (await call("POST", "/mj/submit/retexture", { prompt: "x", image: "not base64!" })).json.code,
    ).toBe(4);
  });

  it("answers 404 on every editor path when switched off, and only /edits on the aggregator", async () => {
    updateSettings({ editor: false });
    for (const path of ["/mj/submit/edit", "/mj/submit/edits", "/mj/submit/retexture"]) {
      expect((await call("POST", path, { prompt: "x", image: await pngDataUrl(8, 8) })).status).toBe(404);
    }
    resetSettings();
    updateSettings({ profile: "aggregator" });
    expect(
      (await call("POST", "/mj/submit/edit", { prompt: "x", image: await pngDataUrl(8, 8) })).status,
    ).toBe(404);
    expect(
      (await call("POST", "/mj/submit/retexture", { prompt: "x", image: await pngDataUrl(8, 8) })).status,
    ).toBe(404);
    resetSettings();
  });
});
