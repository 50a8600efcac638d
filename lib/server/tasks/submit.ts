import "server-only";

import { randomBytes } from "node:crypto";

import { env } from "@/env.mjs";
import { AppError } from "@/lib/errors";
import { Prisma, type Task } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { MjError, mjErrorToAppError, submitAction, submitImagine, type SubmitOutcome } from "@/lib/server/mj";
import { notifyHookUrl } from "@/lib/server/notify";
import { validateReferences } from "@/lib/server/references";
import type { TaskDto } from "@/lib/schemas/task";

import { wakeTracker } from "../tracker";
import { childActionFor } from "./custom-id";
import { parseStoredButtons, toTaskDto } from "./dto";

export interface SubmitResult {
  task: TaskDto;
  /** True when this idempotency key had already been used: nothing was sent upstream this time. */
  replayed: boolean;
}

/** Time-sortable, URL-safe ids: newest-first ordering and short links. */
export function newTaskId(): string {
  return `${Date.now().toString(36)}${randomBytes(5).toString("hex")}`;
}

function modeOf(): "fast" | "relax" | "turbo" | null {
  return env.MJ_MODE === "none" ? null : env.MJ_MODE;
}

/**
 * Claims the idempotency key by inserting the task row first. The unique index makes a second request with
 * the same key (double click, client retry, two tabs) find the first row instead of submitting again:
 * every upstream submit costs the user money.
 */
async function claim(data: Prisma.TaskUncheckedCreateInput): Promise<{ task: Task; claimed: boolean }> {
  try {
    return { task: await db.task.create({ data }), claimed: true };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002" && data.idempotencyKey) {
      const existing = await db.task.findUnique({ where: { idempotencyKey: data.idempotencyKey } });
      if (existing) return { task: existing, claimed: false };
    }
    throw error;
  }
}

function replay(task: Task, expect: { prompt?: string; parentId?: string; customId?: string }): SubmitResult {
  const same =
    (expect.prompt === undefined || expect.prompt === task.prompt) &&
    (expect.parentId === undefined || expect.parentId === task.parentId) &&
    (expect.customId === undefined || expect.customId === task.customId);
  if (!same) {
    throw new AppError("conflict", "This idempotencyKey was already used for a different request; use a new key.");
  }
  // An ambiguous submit replays as the same error, so a retry never turns into a second charge.
  if (task.status === "failed" && task.failCode === "SUBMIT_UNCERTAIN") {
    throw new AppError("upstream_unavailable", task.failReason ?? "The upstream did not answer this submit.");
  }
  return { task: toTaskDto(task), replayed: true };
}

export async function createImagine(input: {
  prompt: string;
  botType: "MID_JOURNEY" | "NIJI_JOURNEY";
  references: string[];
  idempotencyKey: string;
}): Promise<SubmitResult> {
  const references = await validateReferences(input.references);
  const { task, claimed } = await claim({
    id: newTaskId(),
    action: "IMAGINE",
    status: "submitting",
    prompt: input.prompt,
    botType: input.botType,
    mode: modeOf(),
    referenceCount: references.length,
    idempotencyKey: input.idempotencyKey,
  });
  if (!claimed) return replay(task, { prompt: input.prompt });
  return finishSubmit(task, () =>
    submitImagine(
      { prompt: input.prompt, botType: input.botType, base64Array: references },
      { notifyHook: notifyHookUrl(), state: task.id },
    ),
  );
}

export async function pressButton(parentId: string, input: { customId: string; idempotencyKey: string }): Promise<SubmitResult> {
  const parent = await db.task.findUnique({ where: { id: parentId } });
  if (!parent) throw new AppError("not_found", `No task with id "${parentId}".`);
  const button = parseStoredButtons(parent.buttons).find((b) => b.customId === input.customId);
  if (!button) {
    throw new AppError("validation_failed", `Task "${parentId}" does not offer the button "${input.customId}".`);
  }
  if (parent.status !== "succeeded" || !parent.upstreamId) {
    throw new AppError("conflict", "Buttons can be pressed only on a finished task.");
  }
  const guess = childActionFor(input.customId, parent.action);
  const { task, claimed } = await claim({
    id: newTaskId(),
    action: guess.action,
    status: "submitting",
    prompt: parent.prompt,
    finalPrompt: parent.finalPrompt,
    botType: parent.botType,
    mode: modeOf(),
    parentId: parent.id,
    customId: input.customId,
    buttonLabel: guess.label ?? (button.label || button.emoji || null),
    idempotencyKey: input.idempotencyKey,
  });
  if (!claimed) return replay(task, { parentId: parent.id, customId: input.customId });
  const upstreamParentId = parent.upstreamId;
  return finishSubmit(task, () =>
    submitAction({ taskId: upstreamParentId, customId: input.customId }, { notifyHook: notifyHookUrl(), state: task.id }),
  );
}

async function finishSubmit(task: Task, send: () => Promise<SubmitOutcome>): Promise<SubmitResult> {
  let outcome: SubmitOutcome;
  try {
    outcome = await send();
  } catch (error) {
    await recordSubmitFailure(task, error);
    throw error instanceof MjError ? mjErrorToAppError(error) : error;
  }
  const updated = await db.task.update({
    where: { id: task.id },
    data: {
      upstreamId: outcome.upstreamId,
      upstreamCode: outcome.code,
      status: outcome.kind === "modal" ? "modal" : outcome.queuePosition ? "queued" : "submitted",
      queuePosition: outcome.kind === "accepted" ? outcome.queuePosition : null,
      finalPrompt: outcome.kind === "modal" ? (outcome.finalPrompt ?? task.finalPrompt) : task.finalPrompt,
      rawUpstream: JSON.stringify(outcome.raw).slice(0, 20_000),
      lastChangeAt: new Date(),
    },
  });
  wakeTracker();
  return { task: toTaskDto(updated), replayed: false };
}

// Timeouts and dropped connections are ambiguous: the upstream may have accepted (and billed) the task.
const UNCERTAIN: ReadonlySet<string> = new Set(["network", "timeout", "bad_response"]);

/**
 * A definite rejection (banned word, validation, queue full, bad key) created nothing upstream and cost
 * nothing, so the claim is released: the user keeps their prompt in the form and may simply try again.
 * An ambiguous failure keeps the claim as a failed task, so retrying the same intent cannot pay twice.
 */
async function recordSubmitFailure(task: Task, error: unknown): Promise<void> {
  if (!(error instanceof MjError) || !UNCERTAIN.has(error.kind)) {
    await db.task.delete({ where: { id: task.id } });
    return;
  }
  await db.task.update({
    where: { id: task.id },
    data: {
      status: "failed",
      failCode: "SUBMIT_UNCERTAIN",
      failReason: `${error.message} It may still run upstream; it was not resent automatically so you are not charged twice.`,
      upstreamCode: error.upstreamCode,
      finishedAt: new Date(),
      lastChangeAt: new Date(),
    },
  });
}
