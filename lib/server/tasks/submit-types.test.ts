// Every task type and the dialog confirmation go through the one submit protocol: each is sent once, answered
// as new, replayed under its key without a second submit, and tells a reused key from a repeated request.
import sharp from "sharp";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

import * as W from "@/lib/server/mj/__fixtures__/wire";

import { MEMBER, rejection, submitSuite } from "./submit-fixture";

vi.mock("@/env.mjs", () => import("@/lib/server/mj/__fixtures__/env"));

const s = submitSuite();
const { reply } = s.mock;
let red = "";
let blue = "";

async function png(background: string): Promise<string> {
  const bytes = await sharp({ create: { width: 64, height: 64, channels: 3, background } })
    .png()
    .toBuffer();
  return `data:image/png;base64,${bytes.toString("base64")}`;
}

beforeAll(async () => {
  [red, blue] = await Promise.all([png("#ff0000"), png("#0000ff")]);
});

const key = "key-type-0001";
const bot = "MID_JOURNEY" as const;
const types = {
  describe: {
    path: "/mj/submit/describe",
    send: (image = red) => s.tasks.createDescribe({ image, botType: bot, idempotencyKey: key }, MEMBER),
  },
  blend: {
    path: "/mj/submit/blend",
    send: (image = red) =>
      s.tasks.createBlend(
        { images: [image, blue], dimensions: "SQUARE", botType: bot, idempotencyKey: key },
        MEMBER,
      ),
  },
  shorten: {
    path: "/mj/submit/shorten",
    send: (prompt = "a red fox") =>
      s.tasks.createShorten({ prompt, botType: bot, idempotencyKey: key }, MEMBER),
  },
  "swap face": {
    path: "/mj/insight-face/swap",
    send: (face = red) =>
      s.tasks.createSwapFace({ face, target: face === red ? blue : red, idempotencyKey: key }, MEMBER),
  },
};

describe.each(Object.entries(types))("%s", (_name, type) => {
  it("is sent once, recorded, and replayed under its key; another input under the key is a 409", async () => {
    reply(200, W.E2_QUEUED);
    const first = await type.send();
    expect(first).toMatchObject({
      replayed: false,
      task: { status: "queued", upstreamId: "1730621830112087" },
    });
    expect(await type.send()).toEqual({ task: first.task, replayed: true });
    expect((await rejection(type.send(type.path.endsWith("shorten") ? "a blue whale" : blue))).code).toBe(
      "conflict",
    );
    expect(s.submits()).toEqual([type.path]);
  });
});

const PARENT_BUTTONS = [
  { customId: "MJ::JOB::upsample::1::hash1", label: "U1", emoji: "" },
  { customId: "MJ::Job::PicReader::1", label: "1", emoji: "" },
];

/** A stored IMAGINE task of the member's, with a prompt the tests build on. */
const seedTask = (id: string, fields: { status: string; upstreamId: string; [field: string]: string }) =>
  s.db.task.create({ data: { id, action: "IMAGINE", prompt: "a red fox", authorId: MEMBER.id, ...fields } });

describe("buttons", () => {
  beforeEach(async () => {
    await seedTask("t_parent", {
      status: "succeeded",
      upstreamId: "p1",
      buttons: JSON.stringify(PARENT_BUTTONS),
    });
  });
  const press = (customId: string, idempotencyKey = key) =>
    s.tasks.pressButton("t_parent", { customId, idempotencyKey }, MEMBER);

  it("a child task is sent once and replayed; another button under the key is a 409", async () => {
    reply(200, W.E1_ACCEPTED);
    const first = await press("MJ::JOB::upsample::1::hash1");
    expect(first.task).toMatchObject({ parentId: "t_parent", status: "submitted" });
    expect(await press("MJ::JOB::upsample::1::hash1")).toEqual({ task: first.task, replayed: true });
    expect((await rejection(press("MJ::Job::PicReader::1"))).code).toBe("conflict");
    expect(s.submits()).toEqual(["/mj/submit/action"]);
  });

  it("code 21 opens the dialog and takes the prompt Midjourney pre-filled", async () => {
    reply(200, W.E10_MODAL);
    const { task } = await press("MJ::Job::PicReader::1");
    expect(task).toMatchObject({ status: "modal", prompt: "a red fox in snow --ar 3:2 --v 6.1" });
  });

  it("legacy fallback: /submit/change only after a 404 'no such endpoint', never after a lost answer", async () => {
    s.mock.up.setHandler((req) =>
      req.url.endsWith("/submit/action") ? { status: 404, body: "" } : { status: 200, body: W.E1_ACCEPTED },
    );
    await press("MJ::JOB::upsample::1::hash1");
    expect(s.submits()).toEqual(["/mj/submit/action", "/mj/submit/change"]);
    s.mock.up.requests.length = 0;
    s.mock.up.setHandler(() => ({ hangUp: true }));
    expect((await rejection(press("MJ::JOB::upsample::1::hash1", "key-type-0002"))).code).toBe(
      "upstream_unavailable",
    );
    expect(s.submits()).toEqual(["/mj/submit/action"]);
  });
});

describe("dialog confirmation", () => {
  beforeEach(async () => {
    await seedTask("t_dialog", { status: "modal", upstreamId: "m1", customId: "MJ::Job::PromptAnalyzer::1" });
  });
  const confirm = (prompt = "a red fox at dawn", idempotencyKey = key) =>
    s.tasks.confirmModal("t_dialog", { prompt, idempotencyKey }, MEMBER);
  const dialog = () => s.db.task.findUniqueOrThrow({ where: { id: "t_dialog" } });

  it("is sent once and replayed; another prompt under the key is a 409", async () => {
    reply(200, W.E2_QUEUED);
    const first = await confirm();
    expect(first).toMatchObject({ replayed: false, task: { status: "queued", prompt: "a red fox at dawn" } });
    expect(await confirm()).toEqual({ task: first.task, replayed: true });
    expect((await rejection(confirm("a blue whale"))).code).toBe("conflict");
    expect(s.submits()).toEqual(["/mj/submit/modal"]);
  });

  it("a refusal frees the claim, so a corrected confirmation is sent", async () => {
    reply(200, W.E3_BANNED);
    expect((await rejection(confirm())).code).toBe("banned_prompt");
    expect(await dialog()).toMatchObject({ status: "modal", modalKey: null });
    reply(200, W.E1_ACCEPTED);
    expect((await confirm("a fox", "key-type-0002")).task.status).toBe("submitted");
    expect(s.submits()).toHaveLength(2);
  });

  it("a lost answer keeps the claim: the same or another key sends nothing more", async () => {
    s.mock.up.setHandler(() => ({ hangUp: true }));
    const error = await rejection(confirm());
    expect(error.code).toBe("upstream_unavailable");
    expect(error.details).not.toHaveProperty("taskId");
    expect(await dialog()).toMatchObject({ status: "modal", modalKey: key });
    reply(200, W.E1_ACCEPTED);
    expect((await confirm()).replayed).toBe(true);
    expect((await rejection(confirm("a fox", "key-type-0002"))).code).toBe("conflict");
    expect(s.submits()).toHaveLength(1);
  });
});
