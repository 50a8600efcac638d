import "server-only";

import sharp from "sharp";
import { describe, expect, it } from "vitest";

import { handleSimRequest } from "./router";
import { updateSettings } from "./settings";
import { BASE, call, imagine, waitFor, withTempSimulator } from "./test-http";

withTempSimulator();

async function pngDataUrl(color: string): Promise<string> {
  const bytes = await sharp({ create: { width: 40, height: 30, channels: 3, background: color } })
    .png()
    .toBuffer();
  return `data:image/png;base64,${bytes.toString("base64")}`;
}

describe("POST /mj/submit/upload-discord-images", () => {
  it("answers one signed /sim/uploads link per image that serves it without a key, and creates no task", async () => {
    const res = await call("POST", "/mj/submit/upload-discord-images", {
      base64Array: [await pngDataUrl("#ff0000"), await pngDataUrl("#00ff00")],
    });
    expect(res.json).toMatchObject({ code: 1 });
    const urls = res.json.result as string[];
    expect(urls).toHaveLength(2);
    for (const url of urls) expect(url).toMatch(new RegExp(`^${BASE}/uploads/[0-9a-f]{32}\\.png\\?ex=`));
    const image = await handleSimRequest(new Request(urls[0] as string));
    expect(image.status).toBe(200);
    expect((await sharp(Buffer.from(await image.arrayBuffer())).metadata()).width).toBe(40);
    // A link whose signature was altered is dead.
    expect((await handleSimRequest(new Request(`${urls[0]}0`))).status).toBe(404);
    expect((await call("GET", "/mj/task/list")).json).toEqual([]);
  });

  it("refuses what is not an image with the proxies' code 4", async () => {
    const res = await call("POST", "/mj/submit/upload-discord-images", {
      base64Array: ["data:image/png;base64,AAAA"],
    });
    expect(res.json).toMatchObject({ code: 4 });
  });

  it("is a 404 when switched off, like a proxy without the route", async () => {
    updateSettings({ uploadImages: false });
    const res = await call("POST", "/mj/submit/upload-discord-images", {
      base64Array: [await pngDataUrl("#000")],
    });
    expect(res.status).toBe(404);
  });

  it("keeps --sref <url> in the prompt it echoes", async () => {
    const prompt = "a cat --sref https://cdn.example/s.png --sw 250";
    const done = await waitFor(await imagine(prompt), ["SUCCESS"]);
    expect(done.prompt).toBe(prompt);
  });
});
