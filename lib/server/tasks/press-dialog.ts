import "server-only";

import { AppError } from "@/lib/errors";
import type { Viewer } from "@/lib/server/auth/viewer";
import { db } from "@/lib/server/db";

import { fingerprint, type SubmitResult } from "./claim";
import { checkDialogAnswer } from "./dialog-input";
import { confirmModal } from "./modal";
import { findPressable, pressPlan } from "./submit";
import { submitNewTask } from "./submit-protocol";

// A dialog button (Custom Zoom, Vary (Region), remix) pressed together with its answer, in one request under one
// idempotency key: the browser shows the dialog without asking anyone, so an opened and cancelled dialog costs
// nothing and leaves no task. Only the user's Submit reaches here, and then, in order:
//   1. the answer is checked (zoom, mask size) — a bad one must not leave a billed dialog behind;
//   2. the key is claimed as a new task row (daily limit checked there, before anything is sent);
//   3. the button is pressed upstream once (the submit protocol; an ambiguous press stays "checking");
//   4. the dialog the press opened (status "modal", tracked like any waiting task) is confirmed once, under the
//      same key on the row's modalKey (modal.ts).
// A retry with the same key finds the row at step 2 and never presses again; it resumes at step 4, where the
// modalKey makes the confirmation once-only too. If step 4 fails, the task waits in the dialog (status "modal")
// and the error names it, so it can be confirmed or cancelled from its page like any waiting task.

export interface PressWithAnswer {
  customId: string;
  idempotencyKey: string;
  dialog: { prompt?: string; mask?: string };
}

export async function pressAndConfirm(
  parentId: string,
  input: PressWithAnswer,
  viewer: Viewer,
): Promise<SubmitResult> {
  const { parent, button } = await findPressable(parentId, input.customId);
  const { dialog } = input;
  await checkDialogAnswer(input.customId, parent, parent.finalPrompt ?? parent.prompt, dialog);

  // The answer is part of the request: the same key with another prompt or mask is a reused key (409).
  const answerHash = fingerprint(["DIALOG", dialog.prompt ?? "", dialog.mask ?? ""]);
  const plan = pressPlan(parent, button, input);
  const pressed = await submitNewTask(
    {
      ...plan,
      row: { ...plan.row, inputHash: answerHash },
      sameRequest: { ...plan.sameRequest, inputHash: answerHash },
    },
    viewer,
  );

  const task = await db.task.findUniqueOrThrow({ where: { id: pressed.task.id } });
  // No dialog opened (a remix button on an account without Remix, or one set to auto-submit): the press alone
  // started the job, so there is nothing to confirm.
  if (task.status !== "modal" && task.modalKey === null) return pressed;

  try {
    const confirmed = await confirmModal(
      task.id,
      { prompt: dialog.prompt, mask: dialog.mask, idempotencyKey: input.idempotencyKey },
      viewer,
    );
    return { task: confirmed.task, replayed: pressed.replayed && confirmed.replayed };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    throw new AppError(
      error.code,
      `${error.message} The button was pressed, so the studio keeps its task (${task.id}) waiting for input: open it to submit again or cancel it.`,
      { ...error.details, taskId: task.id },
    );
  }
}
