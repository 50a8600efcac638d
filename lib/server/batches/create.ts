import "server-only";

import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { expandPromptText } from "@/lib/prompt-batch";
import type { CreateBatchInput } from "@/lib/schemas/batch";
import type { BatchDto } from "@/lib/schemas/batch";
import { MAX_PROMPT_LENGTH } from "@/lib/schemas/task-input";
import type { Viewer } from "@/lib/server/auth/viewer";
import { db } from "@/lib/server/db";
import { dailyUsageOf, withMemberLock } from "@/lib/server/limits";
import { wakeTracker } from "@/lib/server/signals";
import { newTaskId } from "@/lib/server/tasks/submit";

import { batchInclude, toBatchDto } from "./dto";

type Input = Omit<CreateBatchInput, "botType" | "referenceInputs"> &
  Required<Pick<CreateBatchInput, "botType" | "referenceInputs">>;

/** The prompts the member's text stands for, expanded here again: a count or list from the browser is never used. */
function expandOrRefuse(text: string): string[] {
  const expanded = expandPromptText(text);
  if (!expanded.ok) throw new AppError("validation_failed", expanded.error.message, { ...expanded.error });
  const tooLong = expanded.prompts.findIndex((prompt) => prompt.length > MAX_PROMPT_LENGTH);
  if (tooLong >= 0) {
    throw new AppError(
      "validation_failed",
      `Prompt ${tooLong + 1} of the batch is longer than ${MAX_PROMPT_LENGTH} characters.`,
    );
  }
  return expanded.prompts;
}

/** Jobs of the member's batches that are not sent yet: they will count against today's limit when they are. */
async function unsentJobsOf(userId: string): Promise<number> {
  return db.batchJob.count({
    where: { status: { in: ["pending", "submitting"] }, batch: { authorId: userId, status: "active" } },
  });
}

/**
 * Batches of one member still sending at once. Their jobs share 3 places upstream anyway (decide.ts), so more
 * only wait; the bound keeps one member (with no daily limit) from storing thousands that the queue then reads
 * every second.
 */
export const MAX_ACTIVE_BATCHES = 10;

async function assertFewActiveBatches(userId: string): Promise<void> {
  const active = await db.batch.count({ where: { authorId: userId, status: "active" } });
  if (active < MAX_ACTIVE_BATCHES) return;
  throw new AppError(
    "conflict",
    `You have ${active} batches still sending; wait for one to finish or cancel one. Nothing was queued.`,
    { active, max: MAX_ACTIVE_BATCHES },
  );
}

/**
 * Refuses, before anything is stored, a batch that cannot fit in what is left of the member's day, with the
 * numbers. Each job is still checked on its own when it is sent (the ordinary claim), since tasks started
 * meanwhile count too.
 */
async function assertBatchFitsDailyLimit(userId: string, jobs: number): Promise<void> {
  const usage = await dailyUsageOf(userId);
  if (usage.limit === null) return;
  const waiting = await unsentJobsOf(userId);
  const left = Math.max(0, usage.limit - usage.used - waiting);
  if (jobs <= left) return;
  const queuedNote = waiting > 0 ? ` and ${waiting} more are waiting in your other batches` : "";
  throw new AppError(
    "daily_limit_reached",
    `This batch would start ${jobs} jobs, but only ${left} of your ${usage.limit} tasks are left today ` +
      `(you have started ${usage.used}${queuedNote}). Nothing was queued.`,
    { limit: usage.limit, used: usage.used, waiting, left, jobs, resetsAt: usage.resetsAt },
  );
}

/**
 * Stores a batch and its jobs (all before anything is sent), then wakes the queue. A repeated idempotency key
 * answers with the batch it created, and `created` says which.
 */
export async function createBatch(
  input: Input,
  viewer: Viewer,
): Promise<{ batch: BatchDto; created: boolean }> {
  const existing = await db.batch.findUnique({
    where: { idempotencyKey: input.idempotencyKey },
    include: batchInclude,
  });
  if (existing) return { batch: replayed(existing, input.text, viewer), created: false };
  const prompts = expandOrRefuse(input.text);
  try {
    const batch = await withMemberLock(viewer.id, async () => {
      await assertFewActiveBatches(viewer.id);
      await assertBatchFitsDailyLimit(viewer.id, prompts.length);
      return db.batch.create({
        data: {
          id: newTaskId(),
          authorId: viewer.id,
          text: input.text,
          botType: input.botType,
          mode: input.mode ?? null,
          referenceInputs: JSON.stringify(input.referenceInputs),
          idempotencyKey: input.idempotencyKey,
          jobs: {
            create: prompts.map((prompt, position) => ({ id: newTaskId(), position, prompt })),
          },
        },
        include: batchInclude,
      });
    });
    // The queue runs with the tracker (on the leader when there are several instances): wake it there.
    wakeTracker();
    return { batch: toBatchDto(batch), created: true };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const raced = await db.batch.findUnique({
        where: { idempotencyKey: input.idempotencyKey },
        include: batchInclude,
      });
      if (raced) return { batch: replayed(raced, input.text, viewer), created: false };
    }
    throw error;
  }
}

function replayed(
  batch: Parameters<typeof toBatchDto>[0] & { text: string },
  text: string,
  viewer: Viewer,
): BatchDto {
  if (batch.authorId !== viewer.id || batch.text !== text) {
    throw new AppError(
      "conflict",
      "This idempotencyKey was already used for a different batch; use a new key.",
    );
  }
  return toBatchDto(batch);
}
