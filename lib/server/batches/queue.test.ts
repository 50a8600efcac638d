// The batch queue's decisions end to end (queue.ts over decide.ts), on a real SQLite file and the mock upstream
// of lib/server/mj, in the style of submit-protocol.test.ts. The money rule under test: each job of a batch is
// sent upstream at most once for good, a full queue is waited out, a lost answer is never resent, a cancel stops
// what is not sent yet, and a restart resumes without sending anything twice.
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

import { CreateImagineInput } from "@/lib/schemas/task-input";
import * as W from "@/lib/server/mj/__fixtures__/wire";
import { MEMBER, rejection, submitSuite } from "@/lib/server/tasks/submit-fixture";

import type * as Batches from "./index";
import type * as Queue from "./queue";

vi.mock("@/env.mjs", () => import("@/lib/server/mj/__fixtures__/env"));

const s = submitSuite();
let batches: typeof Batches;
let queue: typeof Queue;

beforeAll(async () => {
  batches = await import("./index");
  queue = await import("./queue");
});

let upstreamIds = 0;
/** Every submit is accepted with a fresh upstream id (code 1), unless a test says otherwise. */
function acceptAll(code = 1): void {
  s.mock.up.setHandler(() => ({
    status: 200,
    body: { code, description: "ok", result: String(1730000000000000 + (upstreamIds += 1)) },
  }));
}

beforeEach(async () => {
  await s.db.batch.deleteMany();
  acceptAll();
});

const create = (text: string, idempotencyKey = `batch-key-${Date.now()}-${Math.random()}`) =>
  batches.createBatch(
    {
      text,
      botType: "MID_JOURNEY",
      referenceInputs: [],
      idempotencyKey: idempotencyKey.replace(/[^\w.-]/g, ""),
    },
    MEMBER,
  );

const jobs = (batchId: string) =>
  s.db.batchJob.findMany({ where: { batchId }, orderBy: { position: "asc" } });
/** Steps until nothing more is sent (as the runner does in one tick). */
async function drain(now = new Date()): Promise<number> {
  let total = 0;
  for (let sent = await queue.runQueueStep(now); sent > 0; sent = await queue.runQueueStep(now))
    total += sent;
  return total;
}
const finishAll = () => s.db.task.updateMany({ data: { status: "succeeded" } });

describe("a batch", () => {
  it("is stored with its expanded jobs before anything is sent; a repeated key finds it", async () => {
    const key = "batch-key-repeat-01";
    const { batch, created } = await create("{red, blue} cat {--ar 1:1, --ar 16:9}", key);
    expect(created).toBe(true);
    expect(batch.jobs.map((j) => j.prompt)).toEqual([
      "red cat --ar 1:1",
      "red cat --ar 16:9",
      "blue cat --ar 1:1",
      "blue cat --ar 16:9",
    ]);
    expect(s.submits()).toEqual([]);
    const again = await create("{red, blue} cat {--ar 1:1, --ar 16:9}", key);
    expect(again).toMatchObject({ created: false, batch: { id: batch.id } });
    expect(await s.db.batchJob.count()).toBe(4);
    const other = await rejection(create("something else", key));
    expect(other.code).toBe("conflict");
  });

  it("is refused up front, with the numbers, when it does not fit in today's limit", async () => {
    await s.db.user.update({ where: { id: MEMBER.id }, data: { dailyLimit: 3 } });
    const error = await rejection(create("{a, b, c, d} fox"));
    expect(error.code).toBe("daily_limit_reached");
    expect(error.details).toMatchObject({ jobs: 4, left: 3, limit: 3, used: 0 });
    expect(error.message).toContain("4 jobs");
    expect(await s.db.batch.count()).toBe(0);
  });

  it("is refused while the member has 10 batches still sending; a repeated key still finds its batch", async () => {
    const keys = Array.from({ length: 10 }, (_, i) => `batch-key-many-${i}`);
    for (const key of keys) await create("one\ntwo", key);
    const error = await rejection(create("three"));
    expect(error).toMatchObject({ code: "conflict", details: { active: 10, max: 10 } });
    expect(await s.db.batch.count()).toBe(10);
    expect((await create("one\ntwo", keys[0])).created).toBe(false);
  });

  it("over 40 jobs is refused with how many it would be", async () => {
    const error = await rejection(create("{1,2,3,4,5,6,7} {a,b,c,d,e,f,g}"));
    expect(error.code).toBe("validation_failed");
    expect(error.message).toContain("49 jobs");
  });
});

describe("the queue", () => {
  it("sends in order, at most 3 of a batch in flight, each job once with its own key", async () => {
    const { batch } = await create("{1, 2, 3, 4, 5} fox");
    expect(await drain()).toBe(3);
    expect(s.submits()).toHaveLength(3);
    expect((await jobs(batch.id)).map((j) => j.status)).toEqual([
      "submitted",
      "submitted",
      "submitted",
      "pending",
      "pending",
    ]);
    // Nothing more while those run; two finish, two more go.
    expect(await drain()).toBe(0);
    const first = await jobs(batch.id);
    await s.db.task.updateMany({
      where: { id: { in: [first[0]?.taskId ?? "", first[1]?.taskId ?? ""] } },
      data: { status: "succeeded" },
    });
    expect(await drain()).toBe(2);
    const tasks = await s.db.task.findMany({ orderBy: { createdAt: "asc" } });
    expect(tasks.map((t) => t.prompt)).toEqual(["1 fox", "2 fox", "3 fox", "4 fox", "5 fox"]);
    expect(tasks.map((t) => t.idempotencyKey)).toEqual([0, 1, 2, 3, 4].map((p) => queue.jobKey(batch.id, p)));
    await finishAll();
    await drain();
    expect(await s.db.batch.findUnique({ where: { id: batch.id } })).toMatchObject({ status: "finished" });
  });

  it("a job's key is one no member's own request can take first", async () => {
    const { batch } = await create("{a, b} newt");
    const squat = CreateImagineInput.safeParse({
      prompt: "a newt",
      idempotencyKey: queue.jobKey(batch.id, 0),
    });
    expect(squat.success).toBe(false);
    await drain();
    expect((await jobs(batch.id)).map((j) => j.status)).toEqual(["submitted", "submitted"]);
  });

  it("a member's batches share the 3 places: a second batch waits, also for a finished batch's running jobs", async () => {
    const first = await create("{1, 2, 3} heron");
    expect(await drain()).toBe(3);
    expect(await s.db.batch.findUnique({ where: { id: first.batch.id } })).toMatchObject({
      status: "finished",
    });
    const second = await create("{4, 5, 6, 7} heron");
    // The first batch is finished, but its three jobs still run upstream: nothing of the second goes.
    expect(await drain()).toBe(0);
    const third = await create("{8, 9} heron");
    expect(await drain()).toBe(0);
    expect(s.submits()).toHaveLength(3);
    await finishAll();
    // Three places free: three go in all, not three per batch.
    expect(await drain()).toBe(3);
    expect(s.submits()).toHaveLength(6);
    const sent = [...(await jobs(second.batch.id)), ...(await jobs(third.batch.id))];
    expect(sent.filter((j) => j.status === "submitted")).toHaveLength(3);
  });

  it("code 22 (queued upstream) counts as sent", async () => {
    acceptAll(22);
    const { batch } = await create("{a, b} owl");
    await drain();
    expect((await jobs(batch.id)).map((j) => j.status)).toEqual(["submitted", "submitted"]);
  });

  it.each([
    ["23", W.E5_QUEUE_23, 200],
    ["TRUE's 9 队列已满", W.E5_QUEUE_9, 200],
    ["the aggregator's 429 code 30", `{"description":"rate limited","type":"upstream_error","code":30}`, 429],
  ])("queue full (%s): nothing accepted, the job waits and is tried again", async (_name, body, status) => {
    s.mock.reply(status, body);
    const { batch } = await create("{a, b} hare");
    expect(await drain()).toBe(1);
    const [waiting] = await jobs(batch.id);
    expect(waiting).toMatchObject({ status: "pending", attempts: 1, taskId: null });
    expect(waiting?.retryAt?.getTime()).toBeGreaterThan(Date.now());
    // Not before its time, and the job behind it does not jump ahead.
    expect(await drain()).toBe(0);
    expect(await s.db.task.count()).toBe(0);
    acceptAll();
    const later = new Date((waiting?.retryAt?.getTime() ?? 0) + 1);
    expect(await drain(later)).toBe(2);
    expect((await jobs(batch.id)).map((j) => [j.prompt, j.status])).toEqual([
      ["a hare", "submitted"],
      ["b hare", "submitted"],
    ]);
  });

  it("an answer lost in flight is not resent: the job points to the checking task", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    s.mock.up.setHandler(() => ({ hangUp: true }));
    const { batch } = await create("{a, b} lynx");
    await drain();
    const [lost, second] = await jobs(batch.id);
    const task = await s.db.task.findUnique({ where: { id: lost?.taskId ?? "" } });
    expect(task).toMatchObject({ status: "checking", failCode: "SUBMIT_UNCERTAIN", prompt: "a lynx" });
    expect(lost).toMatchObject({ status: "submitted", attempts: 0 });
    expect(second?.status).toBe("submitted");
    expect(s.submits()).toHaveLength(2);
    // Stepping again sends nothing more for either job.
    acceptAll();
    await drain();
    expect(s.submits()).toHaveLength(2);
  });

  it("a refusal (banned word) fails that job in words; the others go on", async () => {
    s.mock.reply(200, W.E3_BANNED);
    const { batch } = await create("one\ntwo");
    await drain();
    const [first] = await jobs(batch.id);
    expect(first).toMatchObject({ status: "failed", failCode: "banned_prompt" });
    expect(first?.failReason).toBeTruthy();
  });

  it("each job still passes the daily limit when it is sent", async () => {
    const { batch } = await create("{a, b} crow");
    // Started elsewhere meanwhile: only one place is left.
    await s.db.user.update({ where: { id: MEMBER.id }, data: { dailyLimit: 1 } });
    await drain();
    expect((await jobs(batch.id)).map((j) => [j.status, j.failCode])).toEqual([
      ["submitted", null],
      ["failed", "daily_limit_reached"],
    ]);
  });

  it("cancel stops every job not yet sent; those sent run on", async () => {
    const { batch } = await create("{1, 2, 3, 4} wolf");
    await drain();
    const cancelled = await batches.cancelBatch(batch.id, MEMBER);
    expect(cancelled).toMatchObject({
      status: "cancelled",
      counts: { submitted: 3, cancelled: 1, queued: 0 },
    });
    await finishAll();
    await drain();
    expect(s.submits()).toHaveLength(3);
    const stranger = { id: "u_bob", name: "bob", role: "member" as const };
    expect((await rejection(batches.cancelBatch(batch.id, stranger))).code).toBe("forbidden");
  });

  it("a restart resumes: a job left mid-send is replayed under its key, never sent twice", async () => {
    const { batch } = await create("{a, b} seal");
    await drain();
    expect(s.submits()).toHaveLength(2);
    // What a crash right after the upstream answered, before the job was written, leaves behind.
    await s.db.batchJob.updateMany({
      where: { batchId: batch.id, position: 1 },
      data: { status: "submitting", taskId: null },
    });
    await s.db.batch.update({ where: { id: batch.id }, data: { status: "active" } });
    expect(await queue.resumeInterruptedJobs()).toBe(1);
    await drain();
    const after = await jobs(batch.id);
    expect(after.map((j) => j.status)).toEqual(["submitted", "submitted"]);
    expect(after[1]?.taskId).toBeTruthy();
    expect(s.submits()).toHaveLength(2);
    expect(await s.db.task.count()).toBe(2);
  });

  it("a restart after a cancel: the interrupted job keeps the task it created, or is cancelled, never queued", async () => {
    const { batch } = await create("{a, b, c} otter");
    await drain();
    // Jobs 1 and 2 interrupted mid-send: job 1 had reached the upstream (its task exists), job 2 had not.
    await s.db.task.deleteMany({ where: { idempotencyKey: queue.jobKey(batch.id, 2) } });
    await s.db.batchJob.updateMany({
      where: { batchId: batch.id, position: { in: [1, 2] } },
      data: { status: "submitting", taskId: null },
    });
    await s.db.batch.update({ where: { id: batch.id }, data: { status: "cancelled" } });
    const sent = s.submits().length;
    await queue.resumeInterruptedJobs();
    await drain();
    const after = await jobs(batch.id);
    expect(after.map((j) => j.status)).toEqual(["submitted", "submitted", "cancelled"]);
    const task = await s.db.task.findUnique({ where: { idempotencyKey: queue.jobKey(batch.id, 1) } });
    expect(after[1]?.taskId).toBe(task?.id);
    expect(s.submits()).toHaveLength(sent);
  });
});
