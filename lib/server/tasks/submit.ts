import "server-only";

import { AppError } from "@/lib/errors";
import type { Task } from "@/lib/generated/prisma/client";
import type { ImagineReference } from "@/lib/schemas/reference";
import type { TaskButtonDto } from "@/lib/schemas/task";
import type { Viewer } from "@/lib/server/auth/viewer";
import { db } from "@/lib/server/db";
import { MjError, submitAction, submitChange, submitImagine, type SubmitOutcome } from "@/lib/server/mj";
import { prepareImagineReferences } from "@/lib/server/stored-references";

import { fingerprint, type SubmitExtras, type SubmitResult, upstreamOptions } from "./claim";
import { childActionFor } from "./custom-id";
import { offeredButtons } from "./dto";
import { isSynthesisedButton, legacyChangeFor } from "./legacy";
import { type NewTaskSubmit, submitNewTask } from "./submit-protocol";

export type { SubmitResult } from "./claim";
export { newTaskId } from "./claim";

export async function createImagine(
  input: {
    prompt: string;
    botType: "MID_JOURNEY" | "NIJI_JOURNEY";
    references: string[];
    referenceInputs?: ImagineReference[];
  } & SubmitExtras,
  viewer: Viewer,
): Promise<SubmitResult> {
  const prepared = await prepareImagineReferences(
    { prompt: input.prompt, references: input.references, referenceInputs: input.referenceInputs ?? [] },
    viewer,
  );
  // Only imagines with stored references carry a fingerprint, so keys replayed from before keep matching.
  const inputHash = input.referenceInputs?.length ? fingerprint(prepared.fingerprintParts) : undefined;
  return submitNewTask(
    {
      row: {
        action: "IMAGINE",
        // The member's prompt as written: the URLs the studio adds for references are short-lived plumbing,
        // and the task's inputs keep the references with their roles and weights (Reuse restores them).
        prompt: input.prompt,
        botType: input.botType,
        mode: input.mode,
        referenceCount: prepared.inputs.length,
        idempotencyKey: input.idempotencyKey,
        inputHash,
        inputs: { create: prepared.inputs },
      },
      sameRequest: { action: "IMAGINE", prompt: input.prompt, inputHash },
      send: (task) =>
        submitImagine(
          { prompt: prepared.upstreamPrompt, botType: input.botType, base64Array: prepared.base64Array },
          upstreamOptions(task, { state: input.state }),
        ),
    },
    viewer,
  );
}

/** PicReader / PromptAnalyzer buttons imagine the prompt the upstream pre-fills in its dialog. */
function imaginesPrefilledPrompt(customId: string): boolean {
  return /^MJ::Job::(PicReader|PromptAnalyzer)::[1-9]$/.test(customId);
}

/**
 * Presses a button. Legacy upstreams (OSS) have no /submit/action: a synthesised grid button goes straight to
 * /submit/change, and a real U/V/🔄 button falls back to it — but only after a 404/405 "no such endpoint",
 * which proves the first call created nothing. After any ambiguous failure nothing is sent again.
 */
async function sendPress(
  parentUpstreamId: string,
  customId: string,
  task: { id: string; mode: string | null },
): Promise<SubmitOutcome> {
  const opts = upstreamOptions(task);
  const change = legacyChangeFor(customId);
  if (change && isSynthesisedButton(customId, parentUpstreamId)) {
    return submitChange({ taskId: parentUpstreamId, ...change }, opts);
  }
  try {
    return await submitAction({ taskId: parentUpstreamId, customId }, opts);
  } catch (error) {
    const routeMissing =
      error instanceof MjError &&
      error.kind === "unsupported" &&
      (error.httpStatus === 404 || error.httpStatus === 405);
    if (!change || !routeMissing) throw error;
    return submitChange({ taskId: parentUpstreamId, ...change }, opts);
  }
}

/** The task whose button is pressed, checked: it offers the button and is finished. */
export async function findPressable(
  parentId: string,
  customId: string,
): Promise<{ parent: Task; button: TaskButtonDto }> {
  const parent = await db.task.findUnique({ where: { id: parentId } });
  if (!parent || parent.deletedAt) throw new AppError("not_found", `No task with id "${parentId}".`);
  const button = offeredButtons(parent).find((b) => b.customId === customId);
  if (!button) {
    throw new AppError("validation_failed", `Task "${parentId}" does not offer the button "${customId}".`);
  }
  if (parent.status !== "succeeded" || !parent.upstreamId) {
    throw new AppError("conflict", "Buttons can be pressed only on a finished task.");
  }
  return { parent, button };
}

/** The child task a press creates and the one upstream call that creates it. */
export function pressPlan(
  parent: Task,
  button: TaskButtonDto,
  input: { customId: string; idempotencyKey: string },
): NewTaskSubmit {
  const guess = childActionFor(input.customId, parent.action);
  const parentUpstreamId = parent.upstreamId as string;
  return {
    row: {
      action: guess.action,
      prompt: parent.prompt,
      finalPrompt: parent.finalPrompt,
      botType: parent.botType,
      parentId: parent.id,
      customId: input.customId,
      buttonLabel: guess.label ?? (button.label || button.emoji || null),
      idempotencyKey: input.idempotencyKey,
    },
    sameRequest: { parentId: parent.id, customId: input.customId },
    send: (task) => sendPress(parentUpstreamId, input.customId, task),
    promptFromModal: imaginesPrefilledPrompt(input.customId),
  };
}

/** Presses a button alone; a dialog button then leaves its task waiting for input (see press-dialog.ts). */
export async function pressButton(
  parentId: string,
  input: { customId: string; idempotencyKey: string },
  viewer: Viewer,
): Promise<SubmitResult> {
  // Any member may build on anyone's task; the child is theirs (claim stamps the presser as its author).
  const { parent, button } = await findPressable(parentId, input.customId);
  return submitNewTask(pressPlan(parent, button, input), viewer);
}
