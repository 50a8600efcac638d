import "server-only";

import { AppError } from "@/lib/errors";
import type { BatchJob } from "@/lib/generated/prisma/client";
import { ImagineReference } from "@/lib/schemas/reference";
import type { Viewer } from "@/lib/server/auth/viewer";
import { db } from "@/lib/server/db";
import { createImagine } from "@/lib/server/tasks";

import { jobOutcome, type JobOutcome, nextJob } from "./decide";

// The batch queue: sends the jobs of active batches one at a time through the ordinary imagine path (the
// submit protocol: claim → upstream call → record → replay), each under a key derived from its batch and
// position, so a retry, a double wake, a restart or two instances briefly both believing they lead can never
// send a job twice: a second send of the same key finds the task the first one created.

/** A task still taking a place upstream (a "modal" task waits for input and takes none, mj-api.md 5). */
const IN_FLIGHT_TASK = ["submitting", "queued", "submitted", "running", "checking"];

const JOB_KEY_PREFIX = "batch/";

/**
 * The idempotency key of a job's imagine: stable for the job, unique across batches. The "/" is a character no
 * request's key may contain (lib/schemas/task-input.ts), so no member can take a job's key first with an
 * imagine of their own (batch ids are visible to every member) and make the job fail or point at their task.
 */
export function jobKey(batchId: string, position: number): string {
  return `${JOB_KEY_PREFIX}${batchId}/${position}`;
}

/**
 * Jobs of ALL the author's batches in flight: being sent, or sent and still running (those of a batch already
 * finished or cancelled too). Counted per batch, a member with several batches took 3 places upstream for each
 * and could fill the proxy's waiting queue that teammates' own submits need; the job keys' prefix (which no
 * request key can carry) finds the running ones.
 */
async function inFlightOf(authorId: string): Promise<number> {
  const [sending, running] = await Promise.all([
    db.batchJob.count({ where: { status: "submitting", batch: { authorId } } }),
    db.task.count({
      where: { authorId, status: { in: IN_FLIGHT_TASK }, idempotencyKey: { startsWith: JOB_KEY_PREFIX } },
    }),
  ]);
  return sending + running;
}

function referencesOf(stored: string): ImagineReference[] {
  try {
    const parsed = ImagineReference.array().safeParse(JSON.parse(stored));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

function fieldsOf(outcome: JobOutcome) {
  switch (outcome.status) {
    case "submitted":
      return { status: "submitted", taskId: outcome.taskId, retryAt: null };
    case "pending":
      return { status: "pending", attempts: outcome.attempts, retryAt: outcome.retryAt };
    case "failed":
      return {
        status: "failed",
        failCode: outcome.failCode,
        failReason: outcome.failReason.slice(0, 1000),
        taskId: outcome.taskId ?? null,
        retryAt: null,
      };
  }
}

type ActiveBatch = Awaited<ReturnType<typeof activeBatches>>[number];

function activeBatches() {
  return db.batch.findMany({
    where: { status: "active" },
    orderBy: { createdAt: "asc" },
    include: { jobs: true, author: { select: { id: true, name: true, role: true, disabled: true } } },
  });
}

/** Sends one job (already marked "submitting") and writes what its answer means. */
async function sendJob(batch: ActiveBatch, job: BatchJob): Promise<JobOutcome> {
  const author: Viewer = {
    id: batch.author.id,
    name: batch.author.name,
    role: batch.author.role === "admin" ? "admin" : "member",
  };
  let result: Parameters<typeof jobOutcome>[0];
  try {
    const { task } = await createImagine(
      {
        prompt: job.prompt,
        botType: batch.botType === "NIJI_JOURNEY" ? "NIJI_JOURNEY" : "MID_JOURNEY",
        references: [],
        referenceInputs: referencesOf(batch.referenceInputs),
        idempotencyKey: jobKey(batch.id, job.position),
        ...(batch.mode === "fast" || batch.mode === "relax" || batch.mode === "turbo"
          ? { mode: batch.mode }
          : {}),
      },
      author,
    );
    result = { ok: true, taskId: task.id };
  } catch (error) {
    if (!(error instanceof AppError)) console.warn("[batches] job failed", error);
    result = { ok: false, error };
  }
  const outcome = jobOutcome(result, job.attempts, new Date());
  let fields: Record<string, unknown> = fieldsOf(outcome);
  // Cancelled while this job was being sent: a job waiting to be tried again is stopped with the rest.
  if (outcome.status === "pending") {
    const now = await db.batch.findUnique({ where: { id: batch.id }, select: { status: true } });
    if (now?.status !== "active") fields = { status: "cancelled", retryAt: null };
  }
  await db.batchJob.update({ where: { id: job.id }, data: fields });
  return outcome;
}

/** A batch whose every job is sent, failed or cancelled has ended. */
async function finishIfDone(batch: ActiveBatch): Promise<void> {
  const left = await db.batchJob.count({
    where: { batchId: batch.id, status: { in: ["pending", "submitting"] } },
  });
  if (left === 0)
    await db.batch.updateMany({ where: { id: batch.id, status: "active" }, data: { status: "finished" } });
}

/**
 * One step of the queue: for each active batch, oldest first, sends its next job if it has a free place. Returns
 * how many jobs were sent (the runner steps again at once while that is more than zero).
 */
export async function runQueueStep(now = new Date()): Promise<number> {
  let sent = 0;
  for (const batch of await activeBatches()) {
    if (batch.author.disabled) {
      await db.batchJob.updateMany({
        where: { batchId: batch.id, status: "pending" },
        data: { status: "cancelled" },
      });
      await db.batch.updateMany({
        where: { id: batch.id, status: "active" },
        data: { status: "cancelled", cancelledAt: now },
      });
      continue;
    }
    const job = nextJob(batch.jobs, await inFlightOf(batch.authorId), now);
    if (!job) {
      await finishIfDone(batch);
      continue;
    }
    // Taken only while still pending in a still active batch: a cancel that came first wins.
    const taken = await db.batchJob.updateMany({
      where: { id: job.id, status: "pending", batch: { status: "active" } },
      data: { status: "submitting" },
    });
    if (taken.count === 0) continue;
    await sendJob(batch, job);
    sent += 1;
    await finishIfDone(batch);
  }
  return sent;
}

/**
 * After a restart (or when this instance takes over the queue) a job left "submitting" was interrupted mid-send.
 * It goes back to the queue: sent again under the same key, the submit protocol finds the task it created (and
 * replays it; a lost answer stays the tracker's "checking" task), or sends it if it never got that far.
 */
export async function resumeInterruptedJobs(): Promise<number> {
  const { count } = await db.batchJob.updateMany({
    where: { status: "submitting", batch: { status: "active" } },
    data: { status: "pending" },
  });
  // A batch cancelled (or its author disabled) meanwhile sends nothing more, and a job put back to "pending"
  // there would show as queued forever. What the interrupted send got as far as is kept: a task its key
  // created stays the job's (the tracker follows it, a lost answer included); with none, nothing was sent.
  const stopped = await db.batchJob.findMany({
    where: { status: "submitting" },
    select: { id: true, batchId: true, position: true },
  });
  for (const job of stopped) {
    const task = await db.task.findUnique({
      where: { idempotencyKey: jobKey(job.batchId, job.position) },
      select: { id: true },
    });
    await db.batchJob.update({
      where: { id: job.id },
      data: task ? { status: "submitted", taskId: task.id } : { status: "cancelled", retryAt: null },
    });
  }
  return count;
}
