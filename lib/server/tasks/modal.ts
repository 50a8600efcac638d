import "server-only";

import { AppError } from "@/lib/errors";
import { Prisma, type Task } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/server/auth/viewer";
import { db } from "@/lib/server/db";
import { MjError, submitModal, type SubmitOutcome } from "@/lib/server/mj";
import { notifyHookUrl } from "@/lib/server/mj/notify-hook";
import { validateImage } from "@/lib/server/references";

import { assertOwnerOrAdmin } from "./access";
import { fingerprint, type SubmitResult } from "./claim";
import { type TaskRow, toTaskDto, withAuthor } from "./dto";
import { runSubmit, UNCERTAIN } from "./submit-protocol";

// POST /api/tasks/:id/modal — the second half of Midjourney's dialog flow (mj-api.md 9). What each dialog needs
// is checked before anything is sent, because the upstream would only fail the job later (and bill it).
// One confirmation per task: the idempotency key is claimed on the task row (modalKey, unique).

type Dialog = "custom_zoom" | "vary_region" | "prompt";

function dialogOf(customId: string | null): Dialog {
  if (customId?.startsWith("MJ::CustomZoom::")) return "custom_zoom";
  if (customId?.startsWith("MJ::Inpaint::")) return "vary_region";
  return "prompt";
}

const ZOOM_PARAM = /(?:^|\s)--zoom\s+(\S+)/;

/** The `--zoom` value of a prompt, or null when there is none (a non-number is NaN). */
export function zoomOf(prompt: string): number | null {
  const raw = ZOOM_PARAM.exec(prompt)?.[1];
  return raw === undefined ? null : Number(raw);
}

function checkCustomZoom(task: Task, prompt: string | undefined): void {
  const example = `${(task.finalPrompt ?? task.prompt).replace(/\s--zoom\s+\S+/, "").trim()} --zoom 1.5`;
  if (!prompt) {
    throw new AppError(
      "validation_failed",
      `Custom Zoom needs a prompt with --zoom between 1 and 2, e.g. "${example}".`,
    );
  }
  const zoom = zoomOf(prompt);
  if (zoom === null || !Number.isFinite(zoom) || zoom < 1 || zoom > 2) {
    const got = zoom === null ? "has no --zoom" : `has --zoom ${ZOOM_PARAM.exec(prompt)?.[1] ?? ""}`;
    throw new AppError(
      "validation_failed",
      `Custom Zoom needs --zoom between 1 and 2 in the prompt; it ${got}. Example: "${example}".`,
    );
  }
}

/** Vary (Region): a PNG mask exactly the size of the image it paints on (white = repaint, black = keep). */
async function checkMask(task: Task, mask: string | undefined): Promise<string> {
  if (!mask)
    throw new AppError(
      "validation_failed",
      "Vary (Region) needs a mask: a PNG of the image's size, white where to repaint.",
    );
  const image = await validateImage(mask, "The mask", { accept: ["image/png"] });
  const parent = task.parentId ? await db.task.findUnique({ where: { id: task.parentId } }) : null;
  if (!parent?.imageWidth || !parent.imageHeight) {
    throw new AppError(
      "conflict",
      "The image this region belongs to is not stored yet, so the mask cannot be checked; try again shortly.",
    );
  }
  if (image.width !== parent.imageWidth || image.height !== parent.imageHeight) {
    throw new AppError(
      "validation_failed",
      `The mask is ${image.width}×${image.height} but the image is ${parent.imageWidth}×${parent.imageHeight}; draw the mask at the image's size.`,
      {
        maskWidth: image.width,
        maskHeight: image.height,
        imageWidth: parent.imageWidth,
        imageHeight: parent.imageHeight,
      },
    );
  }
  return image.dataUrl;
}

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

/** What each dialog needs, checked before anything is sent; returns the mask to send, if any. */
async function checkDialogInput(
  task: Task,
  input: { prompt?: string; mask?: string },
): Promise<string | undefined> {
  const dialog = dialogOf(task.customId);
  if (dialog === "custom_zoom") checkCustomZoom(task, input.prompt);
  const maskBase64 = dialog === "vary_region" ? await checkMask(task, input.mask) : undefined;
  if (dialog !== "vary_region" && input.mask) {
    throw new AppError(
      "validation_failed",
      "A mask is only used by Vary (Region); this dialog takes a prompt.",
    );
  }
  return maskBase64;
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
