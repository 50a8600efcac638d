import "server-only";

import { AppError } from "@/lib/errors";
import { Prisma, type Task } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { MjError, mjErrorToAppError, submitModal } from "@/lib/server/mj";
import { notifyHookUrl } from "@/lib/server/notify";
import { validateImage } from "@/lib/server/references";

import { wakeTracker } from "../tracker";
import { fingerprint, UNCERTAIN, type SubmitResult } from "./claim";
import { toTaskDto, withAuthor } from "./dto";
import { assertOwnerOrAdmin, type Viewer } from "./viewer";

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
  const hash = fingerprint(["MODAL", input.prompt ?? "", input.mask ?? ""]);
  if (task.modalKey || task.status !== "modal" || !task.upstreamId)
    return replayOrConflict(task, input.idempotencyKey, hash);

  const dialog = dialogOf(task.customId);
  if (dialog === "custom_zoom") checkCustomZoom(task, input.prompt);
  const maskBase64 = dialog === "vary_region" ? await checkMask(task, input.mask) : undefined;
  if (dialog !== "vary_region" && input.mask) {
    throw new AppError(
      "validation_failed",
      "A mask is only used by Vary (Region); this dialog takes a prompt.",
    );
  }

  // The claim: only one request can move modalKey from null to its key.
  let claimed = 0;
  try {
    ({ count: claimed } = await db.task.updateMany({
      where: { id: task.id, status: "modal", modalKey: null },
      data: { modalKey: input.idempotencyKey, modalHash: hash },
    }));
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("conflict", "This idempotencyKey was already used for another task; use a new key.");
    }
    throw error;
  }
  if (claimed === 0) {
    const current = await db.task.findUniqueOrThrow({ where: { id: task.id }, include: withAuthor });
    return replayOrConflict(current, input.idempotencyKey, hash);
  }

  const upstreamId = task.upstreamId;
  try {
    const outcome = await submitModal(
      { taskId: upstreamId, prompt: input.prompt, maskBase64 },
      { notifyHook: notifyHookUrl(), state: task.id },
    );
    const updated = await db.task.update({
      where: { id: task.id },
      data: {
        status: outcome.kind === "accepted" && outcome.queuePosition ? "queued" : "submitted",
        queuePosition: outcome.kind === "accepted" ? outcome.queuePosition : null,
        prompt: input.prompt ?? task.prompt,
        finalPrompt: input.prompt ?? task.finalPrompt,
        upstreamCode: outcome.code,
        lastChangeAt: new Date(),
      },
      include: withAuthor,
    });
    wakeTracker();
    return { task: toTaskDto(updated), replayed: false };
  } catch (error) {
    // A definite refusal changed nothing upstream: free the claim so a corrected confirmation can follow. An
    // ambiguous failure keeps it — the tracker will show whether the dialog was confirmed.
    if (!(error instanceof MjError) || !UNCERTAIN.has(error.kind)) {
      await db.task.updateMany({
        where: { id: task.id, modalKey: input.idempotencyKey },
        data: { modalKey: null, modalHash: null },
      });
    }
    throw error instanceof MjError ? mjErrorToAppError(error) : error;
  }
}
