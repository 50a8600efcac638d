import "server-only";

import sharp from "sharp";
import { describe, expect, it } from "vitest";

import { handleSimRequest } from "./router";
import { BASE, call, imagine, simHeaders, waitFor, withTempSimulator } from "./test-http";

withTempSimulator();

const getMask = (id: string) =>
  handleSimRequest(new Request(`${BASE}/__masks/${id}`, { headers: simHeaders() }));

async function maskPng(width: number, height: number): Promise<Buffer> {
  const white = await sharp({ create: { width: 4, height: 4, channels: 3, background: "#ffffff" } })
    .png()
    .toBuffer();
  return sharp({ create: { width, height, channels: 3, background: "#000000" } })
    .composite([{ input: white, left: 2, top: 2 }])
    .png()
    .toBuffer();
}

describe("GET /sim/__masks/<id>", () => {
  it("serves the last Vary (Region) mask a task was confirmed with, 404 before and for unknown tasks", async () => {
    const grid = await waitFor(await imagine("a harbour"), ["SUCCESS"]);
    const u1 = grid.buttons as Array<{ customId: string }>;
    const up = await call("POST", "/mj/submit/action", { taskId: grid.id, customId: u1[0]!.customId });
    const single = await waitFor(up.json.result as string, ["SUCCESS"]);
    const inpaint = (single.buttons as Array<{ customId: string }>).find((b) =>
      b.customId.startsWith("MJ::Inpaint"),
    );
    const modal = await call("POST", "/mj/submit/action", { taskId: single.id, customId: inpaint!.customId });
    expect(modal.json.code).toBe(21);
    const modalId = modal.json.result as string;
    expect((await getMask(modalId)).status).toBe(404);

    const png = await maskPng(16, 12);
    const maskBase64 = `data:image/png;base64,${png.toString("base64")}`;
    const ok = await call("POST", "/mj/submit/modal", {
      taskId: modalId,
      maskBase64,
      prompt: "a harbour at night",
    });
    expect(ok.json.code).toBe(1);

    const res = await getMask(modalId);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/png");
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.equals(png)).toBe(true);
    const meta = await sharp(bytes).metadata();
    expect([meta.width, meta.height]).toEqual([16, 12]);

    expect((await getMask("0000000000000000")).status).toBe(404);
  });
});
