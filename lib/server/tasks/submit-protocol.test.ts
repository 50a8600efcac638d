// The submit protocol (submit-protocol.ts) branch by branch, on a real SQLite file and a mock upstream. The
// money rule under test: one user intent (idempotency key) is sent upstream at most once, and a submit the
// upstream may have accepted is never forgotten.
import { createServer, type AddressInfo } from "node:net";
import { describe, expect, it, vi } from "vitest";

import { env } from "@/lib/server/mj/__fixtures__/env";
import * as W from "@/lib/server/mj/__fixtures__/wire";

import { MEMBER, rejection, submitSuite } from "./submit-fixture";

vi.mock("@/env.mjs", () => import("@/lib/server/mj/__fixtures__/env"));

const s = submitSuite();
const { reply } = s.mock;

const imagine = (idempotencyKey = "key-fox-0001", prompt = "a red fox") =>
  s.tasks.createImagine({ prompt, botType: "MID_JOURNEY", references: [], idempotencyKey }, MEMBER);

/** A local port nothing listens on: connecting to it is refused at once. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const rows = () => s.db.task.findMany({ orderBy: { createdAt: "asc" } });

describe("accepted", () => {
  it("code 1: one submit, the row is submitted with the upstream id, answered as new", async () => {
    reply(200, W.E1_ACCEPTED);
    const { task, replayed } = await imagine();
    expect(replayed).toBe(false);
    expect(task).toMatchObject({ status: "submitted", upstreamId: "1730621826053455", action: "IMAGINE" });
    expect(s.submits()).toEqual(["/mj/submit/imagine"]);
    const [row] = await rows();
    expect(row).toMatchObject({ id: task.id, status: "submitted", upstreamCode: 1, authorId: MEMBER.id });
    // The upstream echoes our id back as state, so a lost answer can be found again.
    expect(JSON.parse(s.mock.up.requests[0]?.body ?? "{}")).toMatchObject({ state: task.id });
  });

  it("code 22: queued with its queue position", async () => {
    reply(200, W.E2_QUEUED);
    const { task } = await imagine();
    expect(task).toMatchObject({ status: "queued", upstreamId: "1730621830112087" });
    expect(await rows()).toMatchObject([{ status: "queued", queuePosition: 2, upstreamCode: 22 }]);
  });

  it("several upstream ids (TRUE 'Imagine all'): a sibling row per extra job, only the claimed one keyed", async () => {
    reply(200, `{"code":1,"description":"Submit success","result":"1730000000000001,1730000000000002"}`);
    const { task } = await imagine();
    const all = await rows();
    expect(all.map((r) => r.upstreamId).sort()).toEqual(["1730000000000001", "1730000000000002"]);
    expect(all.filter((r) => r.idempotencyKey)).toMatchObject([{ id: task.id }]);
    expect(all.every((r) => r.status === "submitted" && r.authorId === MEMBER.id)).toBe(true);
  });
});

describe("refused: nothing was created upstream, so nothing is kept and the key is free again", () => {
  it.each([
    ["24 banned prompt", W.E3_BANNED, "banned_prompt"],
    ["4 validation", W.E4_VALIDATION, "upstream_rejected"],
    ["23 queue full", W.E5_QUEUE_23, "upstream_queue_full"],
    ["99 unknown", `{"code":99,"description":"odd","result":null}`, "upstream_rejected"],
  ])("code %s", async (_name, body, code) => {
    reply(200, body);
    const error = await rejection(imagine());
    expect(error.code).toBe(code);
    expect(error.details).not.toHaveProperty("taskId");
    expect(await rows()).toEqual([]);
    // The same key may simply be tried again (and this time it is sent).
    reply(200, W.E1_ACCEPTED);
    expect((await imagine()).replayed).toBe(false);
    expect(s.submits()).toHaveLength(2);
  });

  it("a connection refused or an HTTP 503 never reached the upstream's work: released too", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    reply(503, "maintenance");
    expect((await rejection(imagine())).code).toBe("upstream_unavailable");
    env.MJ_API_BASE = `http://127.0.0.1:${await closedPort()}`;
    expect((await rejection(imagine())).code).toBe("upstream_unavailable");
    expect(await rows()).toEqual([]);
  });
});

describe("answer lost: the upstream may have accepted (and billed) it", () => {
  it.each([
    ["the connection drops after sending", () => s.mock.up.setHandler(() => ({ hangUp: true }))],
    ["an HTTP 502 after sending", () => reply(502, W.HTML_502)],
    [
      "no answer within the timeout",
      () => {
        env.MJ_TIMEOUT_MS = 150;
        s.mock.up.setHandler(() => ({ status: 200, body: W.E1_ACCEPTED, delayMs: 400 }));
      },
    ],
  ])("%s: kept as checking (not failed), named in the error, never sent again", async (_name, arrange) => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    arrange();
    const error = await rejection(imagine());
    expect(error.code).toBe("upstream_unavailable");
    const [row] = await rows();
    expect(row).toMatchObject({ status: "checking", failCode: "SUBMIT_UNCERTAIN", upstreamId: null });
    expect(error.details).toMatchObject({ taskId: row?.id });
    // The retry of the same intent gets the same answer and costs nothing.
    reply(200, W.E1_ACCEPTED);
    const again = await rejection(imagine());
    expect(again.code).toBe("upstream_unavailable");
    expect(again.details).toMatchObject({ taskId: row?.id, status: "checking" });
    expect(s.submits()).toHaveLength(1);
    expect(await rows()).toHaveLength(1);
  });
});

describe("replay of an idempotency key", () => {
  it("the same request: the same task, replayed, no second submit", async () => {
    reply(200, W.E1_ACCEPTED);
    const first = await imagine();
    const second = await imagine();
    expect(second).toEqual({ task: first.task, replayed: true });
    expect(s.submits()).toHaveLength(1);
  });

  it("another request under the same key: 409, nothing sent", async () => {
    reply(200, W.E1_ACCEPTED);
    await imagine("key-fox-0001", "a red fox");
    const error = await rejection(imagine("key-fox-0001", "a blue whale"));
    expect(error.code).toBe("conflict");
    expect(s.submits()).toHaveLength(1);
  });

  it("a claim left 'submitting' by a crash is answered as that task, not sent again", async () => {
    reply(200, W.E1_ACCEPTED);
    // What a crash between the claim and the upstream call leaves behind; the tracker moves it to
    // "checking" once it is older than the timeout (checkInterruptedSubmits) — it is never resent.
    await s.db.task.create({
      data: {
        id: "t_crashed",
        action: "IMAGINE",
        status: "submitting",
        prompt: "a red fox",
        authorId: MEMBER.id,
        idempotencyKey: "key-fox-0001",
      },
    });
    expect(await imagine()).toMatchObject({
      task: { id: "t_crashed", status: "submitting" },
      replayed: true,
    });
    expect(s.submits()).toEqual([]);
    expect(await rows()).toMatchObject([{ id: "t_crashed", status: "submitting" }]);
  });
});

describe("daily limit", () => {
  it("reached: refused before any submit, nothing stored; an earlier key still replays", async () => {
    reply(200, W.E1_ACCEPTED);
    await s.db.user.update({ where: { id: MEMBER.id }, data: { dailyLimit: 1 } });
    const first = await imagine("key-fox-0001");
    const error = await rejection(imagine("key-fox-0002"));
    expect(error.code).toBe("daily_limit_reached");
    expect(error.details).toMatchObject({ limit: 1, used: 1 });
    expect(s.submits()).toHaveLength(1);
    expect(await rows()).toHaveLength(1);
    expect(await imagine("key-fox-0001")).toEqual({ task: first.task, replayed: true });
  });
});
