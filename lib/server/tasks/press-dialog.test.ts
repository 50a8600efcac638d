// The money path of a dialog button pressed with its answer (press-dialog.ts): one user intent is one press and
// one confirmation upstream, a retry under the same key never presses again, a failed confirmation leaves a task
// the studio still tracks, and the daily limit refuses before anything is sent.
import sharp from "sharp";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

import type { Reply } from "@/lib/server/mj/__fixtures__/mock-upstream";
import * as W from "@/lib/server/mj/__fixtures__/wire";

import { MEMBER, rejection, submitSuite } from "./submit-fixture";

vi.mock("@/env.mjs", () => import("@/lib/server/mj/__fixtures__/env"));

const s = submitSuite();
const INPAINT = "MJ::Inpaint::1::hash1::SOLO";
const CUSTOM_ZOOM = "MJ::CustomZoom::hash1";
const MODAL_ID = "1730622000331774"; // the MODAL task E10_MODAL opens
let mask = "";
let smallMask = "";

async function png(size: number): Promise<string> {
  const bytes = await sharp({ create: { width: size, height: size, channels: 3, background: "#000" } })
    .png()
    .toBuffer();
  return `data:image/png;base64,${bytes.toString("base64")}`;
}

beforeAll(async () => {
  [mask, smallMask] = await Promise.all([png(64), png(32)]);
});

beforeEach(async () => {
  await s.db.task.create({
    data: {
      id: "t_up",
      action: "UPSCALE",
      prompt: "a red barn",
      authorId: MEMBER.id,
      status: "succeeded",
      upstreamId: "p1",
      imageWidth: 64,
      imageHeight: 64,
      buttons: JSON.stringify([
        { customId: INPAINT, label: "Vary (Region)", emoji: "" },
        { customId: CUSTOM_ZOOM, label: "Custom Zoom", emoji: "" },
      ]),
    },
  });
});

/** The upstream: the press opens a dialog (code 21), the confirmation answers `modal`. */
function upstream(modal: Reply): void {
  s.mock.up.setHandler((req) =>
    req.url.endsWith("/submit/action") ? { status: 200, body: W.E10_MODAL } : modal,
  );
}

const varyRegion = (idempotencyKey = "key-region-0001", prompt = "a blue barn") =>
  s.tasks.pressAndConfirm("t_up", { customId: INPAINT, idempotencyKey, dialog: { prompt, mask } }, MEMBER);
const children = () => s.db.task.findMany({ where: { parentId: "t_up" } });

describe("a dialog button pressed with its answer", () => {
  it("one intent is exactly one press and one confirmation, with the prompt and the mask", async () => {
    upstream({ status: 200, body: W.E1_ACCEPTED });
    const { task, replayed } = await varyRegion();
    expect(replayed).toBe(false);
    expect(task).toMatchObject({ parentId: "t_up", status: "submitted", prompt: "a blue barn" });
    expect(s.submits()).toEqual(["/mj/submit/action", "/mj/submit/modal"]);
    const [press, confirm] = s.mock.up.requests.map((r) => JSON.parse(r.body) as Record<string, unknown>);
    expect(press).toMatchObject({ taskId: "p1", customId: INPAINT });
    expect(confirm).toMatchObject({ taskId: MODAL_ID, prompt: "a blue barn" });
    expect(confirm?.maskBase64).toMatch(/^data:image\/png;base64,/);
    expect(await children()).toMatchObject([{ upstreamId: MODAL_ID, modalKey: "key-region-0001" }]);
  });

  it("the same key again sends nothing and answers the same task; another answer under it is a 409", async () => {
    upstream({ status: 200, body: W.E1_ACCEPTED });
    const first = await varyRegion();
    const again = await varyRegion();
    expect(again).toEqual({ task: first.task, replayed: true });
    expect((await rejection(varyRegion("key-region-0001", "a green barn"))).code).toBe("conflict");
    expect(s.submits()).toEqual(["/mj/submit/action", "/mj/submit/modal"]);
    expect(await children()).toHaveLength(1);
  });

  it("two requests with one key at once (double tap, two tabs) still press once and confirm once", async () => {
    upstream({ status: 200, body: W.E1_ACCEPTED });
    const [a, b] = await Promise.all([varyRegion(), varyRegion()]);
    expect(a.task.id).toBe(b.task.id);
    expect(s.submits()).toEqual(["/mj/submit/action", "/mj/submit/modal"]);
    expect(await children()).toHaveLength(1);
  });

  it("a refused confirmation leaves the task waiting for input, named by the error; a retry only confirms", async () => {
    upstream({ status: 200, body: W.E4_VALIDATION });
    const error = await rejection(varyRegion());
    const [child] = await children();
    expect(error.details).toMatchObject({ taskId: child?.id });
    expect(error.message).toContain("waiting for input");
    // Tracked like any task waiting in a dialog: the upstream id is kept, the confirmation can be made again.
    expect(child).toMatchObject({ status: "modal", upstreamId: MODAL_ID, modalKey: null });

    upstream({ status: 200, body: W.E1_ACCEPTED });
    const retried = await varyRegion();
    expect(retried.task).toMatchObject({ id: child?.id, status: "submitted" });
    expect(s.submits()).toEqual(["/mj/submit/action", "/mj/submit/modal", "/mj/submit/modal"]);
  });

  it("a confirmation whose answer was lost keeps its claim: the retry sends nothing at all", async () => {
    upstream({ hangUp: true });
    const error = await rejection(varyRegion());
    const [child] = await children();
    expect(error.code).toBe("upstream_unavailable");
    expect(error.details).toMatchObject({ taskId: child?.id });
    expect(child).toMatchObject({ status: "modal", upstreamId: MODAL_ID, modalKey: "key-region-0001" });

    const retried = await varyRegion();
    expect(retried).toMatchObject({ replayed: true, task: { id: child?.id } });
    expect(s.submits()).toEqual(["/mj/submit/action", "/mj/submit/modal"]);
  });

  it("a lost answer to the press itself is kept as checking and never pressed again", async () => {
    s.mock.up.setHandler(() => ({ hangUp: true }));
    expect((await rejection(varyRegion())).code).toBe("upstream_unavailable");
    expect((await rejection(varyRegion())).code).toBe("upstream_unavailable");
    expect(s.submits()).toEqual(["/mj/submit/action"]);
    expect(await children()).toMatchObject([{ status: "checking", failCode: "SUBMIT_UNCERTAIN" }]);
  });

  it("the daily limit refuses before anything is sent or stored", async () => {
    upstream({ status: 200, body: W.E1_ACCEPTED });
    await s.db.user.update({ where: { id: MEMBER.id }, data: { dailyLimit: 1 } });
    const error = await rejection(varyRegion());
    expect(error.code).toBe("daily_limit_reached");
    expect(s.submits()).toEqual([]);
    expect(await children()).toEqual([]);
  });

  it("a bad answer (mask of another size, Custom Zoom without --zoom) is refused before the press", async () => {
    upstream({ status: 200, body: W.E1_ACCEPTED });
    const wrongMask = await rejection(
      s.tasks.pressAndConfirm(
        "t_up",
        { customId: INPAINT, idempotencyKey: "key-region-0002", dialog: { mask: smallMask } },
        MEMBER,
      ),
    );
    expect(wrongMask.details).toMatchObject({ maskWidth: 32, imageWidth: 64 });
    const noZoom = await rejection(
      s.tasks.pressAndConfirm(
        "t_up",
        { customId: CUSTOM_ZOOM, idempotencyKey: "key-zoom-0001", dialog: { prompt: "a red barn" } },
        MEMBER,
      ),
    );
    expect(noZoom.code).toBe("validation_failed");
    expect(s.submits()).toEqual([]);
    expect(await children()).toEqual([]);
  });

  it("Custom Zoom: press and confirmation carry the zoom prompt", async () => {
    upstream({ status: 200, body: W.E1_ACCEPTED });
    const { task } = await s.tasks.pressAndConfirm(
      "t_up",
      { customId: CUSTOM_ZOOM, idempotencyKey: "key-zoom-0002", dialog: { prompt: "a red barn --zoom 1.5" } },
      MEMBER,
    );
    expect(task).toMatchObject({ action: "ZOOM", prompt: "a red barn --zoom 1.5" });
    expect(s.submits()).toEqual(["/mj/submit/action", "/mj/submit/modal"]);
  });
});
