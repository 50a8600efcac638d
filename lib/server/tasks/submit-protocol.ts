import "server-only";

import { AppError } from "@/lib/errors";
import { Prisma, type Task } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/server/auth/viewer";
import { db } from "@/lib/server/db";
import { MjError, mjErrorToAppError, type SubmitOutcome } from "@/lib/server/mj";
import { wakeTracker } from "@/lib/server/signals";

import { claim, modeOf, newTaskId, replay, type ReplayExpectation, type SubmitResult } from "./claim";
import { type TaskRow, toTaskDto, withAuthor } from "./dto";

// The submit protocol, written once: claim the idempotency key, send once, record the outcome, and answer a
// repeated key from what was recorded. Every upstream submit costs the user money, so nothing here ever sends
// twice for one key, and a submit whose answer was lost is kept (as "checking") rather than forgotten.

export type Claim<T> = { claimed: true; task: T } | { claimed: false; result: SubmitResult };

/** The parts of the protocol that differ between a new task and a dialog confirmation. */
export interface SubmitSteps<T extends Task> {
  /** Takes the idempotency key, or answers from the request that already holds it (nothing is sent then). */
  claim(): Promise<Claim<T>>;
  /** The one upstream call. Never retried. */
  send(task: T): Promise<SubmitOutcome>;
  /** Writes the upstream's answer onto the claimed task. */
  record(task: T, outcome: SubmitOutcome): Promise<TaskRow>;
  /**
   * After a failed send: frees the claim when nothing can have been created upstream, keeps it when the
   * upstream may have accepted (and billed) the job. Returns true when the error should name the kept task.
   */
  settleFailure(task: T, error: unknown): Promise<boolean>;
}

export async function runSubmit<T extends Task>(steps: SubmitSteps<T>): Promise<SubmitResult> {
  const claimed = await steps.claim();
  if (!claimed.claimed) return claimed.result;
  const { task } = claimed;
  let outcome: SubmitOutcome;
  try {
    outcome = await steps.send(task);
  } catch (error) {
    const namesTask = await steps.settleFailure(task, error);
    if (!(error instanceof MjError)) throw error;
    const appError = mjErrorToAppError(error);
    // The row lives on (status "checking"): its id lets the client follow what becomes of the job.
    if (namesTask)
      throw new AppError(appError.code, appError.message, { ...appError.details, taskId: task.id });
    throw appError;
  }
  const updated = await steps.record(task, outcome);
  wakeTracker();
  return { task: toTaskDto(updated), replayed: false };
}

// Timeouts and dropped connections are ambiguous: the upstream may have accepted (and billed) the task.
export const UNCERTAIN: ReadonlySet<string> = new Set(["network", "timeout", "bad_response"]);

/** The fields of a new task that differ by type; id, status, mode and the author are filled in here. */
export type NewTaskRow = Omit<
  Prisma.TaskUncheckedCreateInput,
  "id" | "status" | "authorId" | "mode" | "prompt"
> & {
  idempotencyKey: string;
  /** Empty for the types that start from images alone. */
  prompt?: string;
  /** The speed the user asked for (else the operator's, see modeOf). */
  mode?: "fast" | "relax" | "turbo";
};

export interface NewTaskSubmit {
  row: NewTaskRow;
  /** What a repeated key must match to be the same request (else 409). */
  sameRequest: ReplayExpectation;
  send: (task: Task) => Promise<SubmitOutcome>;
  /**
   * A code-21 answer pre-fills Midjourney's dialog with the prompt it will imagine (PicReader, PromptAnalyzer):
   * take it as the task's prompt instead of the parent's.
   */
  promptFromModal?: boolean;
}

/** A submit that starts a new task: imagine, a button, describe, blend, shorten, face swap. */
export function submitNewTask(plan: NewTaskSubmit, author: Viewer): Promise<SubmitResult> {
  return runSubmit<TaskRow>({
    async claim() {
      const { row } = plan;
      const data = {
        ...row,
        id: newTaskId(),
        status: "submitting",
        prompt: row.prompt ?? "",
        mode: modeOf(row.mode),
      };
      const { task, claimed } = await claim(data, author);
      return claimed ? { claimed, task } : { claimed, result: replay(task, plan.sameRequest) };
    },
    send: plan.send,
    record: (task, outcome) => recordNewTaskOutcome(task, outcome, plan.promptFromModal === true),
    settleFailure: settleNewTaskFailure,
  });
}

async function recordNewTaskOutcome(
  task: Task,
  outcome: SubmitOutcome,
  promptFromModal: boolean,
): Promise<TaskRow> {
  const modalPrompt = outcome.kind === "modal" ? outcome.finalPrompt : null;
  const updated = await db.task.update({
    where: { id: task.id },
    data: {
      upstreamId: outcome.upstreamId,
      upstreamCode: outcome.code,
      status: outcome.kind === "modal" ? "modal" : outcome.queuePosition ? "queued" : "submitted",
      queuePosition: outcome.kind === "accepted" ? outcome.queuePosition : null,
      prompt: promptFromModal && modalPrompt ? modalPrompt : task.prompt,
      finalPrompt: modalPrompt ?? task.finalPrompt,
      rawUpstream: JSON.stringify(outcome.raw).slice(0, 20_000),
      lastChangeAt: new Date(),
    },
    include: withAuthor,
  });
  if (outcome.kind === "accepted" && outcome.extraUpstreamIds)
    await recordBatchSiblings(updated, outcome.extraUpstreamIds);
  return updated;
}

/**
 * One submit that started several upstream tasks (TRUE's "Imagine all") gets a row per task, siblings of the
 * claimed one, so each is tracked and shown — they are all billed. Only the claimed row holds the key.
 */
async function recordBatchSiblings(task: Task, upstreamIds: readonly string[]): Promise<void> {
  for (const upstreamId of upstreamIds) {
    try {
      await db.task.create({
        data: {
          id: newTaskId(),
          upstreamId,
          action: task.action,
          status: "submitted",
          prompt: task.prompt,
          finalPrompt: task.finalPrompt,
          botType: task.botType,
          mode: task.mode,
          parentId: task.parentId,
          authorId: task.authorId,
          customId: task.customId,
          buttonLabel: task.buttonLabel,
          upstreamCode: task.upstreamCode,
        },
      });
    } catch (error) {
      // Already tracked (a replayed answer): nothing to add.
      if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
    }
  }
}

/**
 * A definite rejection (banned word, validation, queue full, bad key) created nothing upstream and cost
 * nothing, so the claim is released: the user keeps their input in the form and may simply try again.
 * An ambiguous failure keeps the claim as a "checking" task (the tracker looks for it upstream), so retrying
 * the same intent cannot pay twice. Returns whether the row was kept.
 */
async function settleNewTaskFailure(task: Task, error: unknown): Promise<boolean> {
  if (!(error instanceof MjError) || !UNCERTAIN.has(error.kind) || error.notDelivered) {
    await db.task.delete({ where: { id: task.id } });
    return false;
  }
  await db.task.update({
    where: { id: task.id },
    data: {
      status: "checking",
      failCode: "SUBMIT_UNCERTAIN",
      failReason: `${error.message}. Checking whether Midjourney received it; it is not resent, so you are not charged twice.`,
      upstreamCode: error.upstreamCode,
      lastChangeAt: new Date(),
    },
  });
  return true;
}
