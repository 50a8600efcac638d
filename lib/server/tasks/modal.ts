import "server-only";

import { AppError } from "@/lib/errors";
import { Prisma, type Task } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/server/auth/viewer";
import { db } from "@/lib/server/db";
import { MjError, submitModal, type SubmitOutcome } from "@/lib/server/mj";
import { notifyHookUrl } from "@/lib/server/mj/notify-hook";

import { assertOwnerOrAdmin } from "./access";
import { fingerprint, type SubmitResult } from "./claim";
import { checkDialogAnswer } from "./dialog-input";
import { type TaskRow, toTaskDto, withAuthor } from "./dto";
import { runSubmit, UNCERTAIN } from "./submit-protocol";

// POST /api/tasks/:id/modal — the second half of Midjourney's dialog flow (mj-api.md 9), for a task already
// waiting in the dialog (status "modal"): pressed by an API client without its answer, a remix the account opened,
// or a one-request press (press-dialog.ts) whose confirmation failed. One confirmation per task: the idempotency
// key is claimed on the task row (modalKey, unique).

function replayOrConflict(task: Task, key: string, hash: string): SubmitResult {
  if (task.modalKey === key) {
    if (task.modalHash !== hash) {
      throw new AppError(
        "conflict",
        "This idempotencyKey was already used with another prompt or mask; use a new key.",
      );
    }
    return { task: toTaskDto(task), replayed: true };
  }
  if (task.modalKey) {
    throw new AppError("conflict", "This task was already confirmed (with another idempotencyKey).");
  }
  throw new AppError(
    "conflict",
    `Only a task waiting in Midjourney's dialog can be confirmed; this one is ${task.status}.`,
  );
}

export async function confirmModal(
  taskId: string,
  input: { prompt?: string; mask?: string; idempotencyKey: string },
  viewer: Viewer,
): Promise<SubmitResult> {
  const task = await db.task.findUnique({ where: { id: taskId }, include: withAuthor });
  if (!task || task.deletedAt) throw new AppError("not_found", `No task with id "${taskId}".`);
  assertOwnerOrAdmin(task, viewer, "answer this dialog");
  const key = input.idempotencyKey;
  const hash = fingerprint(["MODAL", input.prompt ?? "", input.mask ?? ""]);
  let maskBase64: string | undefined;
  return runSubmit<TaskRow>({
    async claim() {
      if (task.modalKey || task.status !== "modal" || !task.upstreamId)
        return { claimed: false, result: replayOrConflict(task, key, hash) };
      maskBase64 = await checkDialogInput(task, input);
      if (await claimDialog(task.id, key, hash)) return { claimed: true, task };
      const current = await db.task.findUniqueOrThrow({ where: { id: task.id }, include: withAuthor });
      return { claimed: false, result: replayOrConflict(current, key, hash) };
    },
    send: (claimed) =>
      submitModal(
        { taskId: claimed.upstreamId as string, prompt: input.prompt, maskBase64 },
        { notifyHook: notifyHookUrl(), state: claimed.id },
      ),
    record: (claimed, outcome) => recordConfirmation(claimed, outcome, input.prompt, key),
    async settleFailure(claimed, error) {
      // A definite refusal changed nothing upstream: free the claim so a corrected confirmation can follow. An
      // ambiguous failure keeps it — the tracker will show whether the dialog was confirmed.
      if (!(error instanceof MjError) || !UNCERTAIN.has(error.kind)) {
        await db.task.updateMany({
          where: { id: claimed.id, modalKey: key },
          data: { modalKey: null, modalHash: null },
        });
      }
      // The task is the one the client confirmed: the error need not name it.
      return false;
    },
  });
}

/**
 * Writes the answer to a confirmation. The confirmed task keeps its upstream id, so its callbacks (SUBMITTED, the
 * progress, even the end) can be applied while we waited for this answer: the move out of the dialog is written
 * only if nothing has moved the task since, never over what the tracker learned. The prompt the user gave is ours
 * to record either way; the final prompt only while the tracker has not learned one from the upstream.
 */
async function recordConfirmation(
  claimed: Task,
  outcome: SubmitOutcome,
  prompt: string | undefined,
  key: string,
): Promise<TaskRow> {
  const stillInDialog = { id: claimed.id, status: "modal", modalKey: key };
  const { count } = await db.task.updateMany({
    where: stillInDialog,
    data: {
      status: outcome.kind === "accepted" && outcome.queuePosition ? "queued" : "submitted",
      queuePosition: outcome.kind === "accepted" ? outcome.queuePosition : null,
      prompt: prompt ?? claimed.prompt,
      finalPrompt: prompt ?? claimed.finalPrompt,
      upstreamCode: outcome.code,
      lastChangeAt: new Date(),
    },
  });
  if (count === 0) {
    await db.task.update({
      where: { id: claimed.id },
      data: { prompt: prompt ?? claimed.prompt, upstreamCode: outcome.code },
    });
    if (prompt) {
      await db.task.updateMany({
        where: { id: claimed.id, finalPrompt: claimed.finalPrompt },
        data: { finalPrompt: prompt },
      });
    }
  }
  return db.task.findUniqueOrThrow({ where: { id: claimed.id }, include: withAuthor });
}

/** What the task's dialog needs, checked before anything is sent; returns the mask to send, if any. */
async function checkDialogInput(
  task: Task,
  input: { prompt?: string; mask?: string },
): Promise<string | undefined> {
  const image = task.parentId ? await db.task.findUnique({ where: { id: task.parentId } }) : null;
  return checkDialogAnswer(task.customId, image, task.finalPrompt ?? task.prompt, input);
}

/** The claim: only one request can move modalKey from null to its key. */
async function claimDialog(taskId: string, key: string, hash: string): Promise<boolean> {
  try {
    const { count } = await db.task.updateMany({
      where: { id: taskId, status: "modal", modalKey: null },
      data: { modalKey: key, modalHash: hash },
    });
    return count > 0;
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("conflict", "This idempotencyKey was already used for another task; use a new key.");
    }
    throw error;
  }
}
