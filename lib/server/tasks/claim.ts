import "server-only";

import { createHash, randomBytes } from "node:crypto";

import { AppError } from "@/lib/errors";
import { Prisma, type Task } from "@/lib/generated/prisma/client";
import type { TaskDto } from "@/lib/schemas/task";
import type { Viewer } from "@/lib/server/auth/viewer";
import { db } from "@/lib/server/db";
import { assertUnderDailyLimit, withMemberLock } from "@/lib/server/limits";
import { getUpstreamConfig, type SubmitOptions } from "@/lib/server/mj";
import { notifyHookUrl } from "@/lib/server/mj/notify-hook";

import { type TaskRow, toTaskDto, withAuthor } from "./dto";

// The parts of the submit protocol (submit-protocol.ts) that claim a new task's idempotency key and answer a
// repeated one, plus what every submit sends besides its own body.

export interface SubmitResult {
  task: TaskDto;
  /** True when this idempotency key had already been used: nothing was sent upstream this time. */
  replayed: boolean;
}

/** Time-sortable, URL-safe ids: newest-first ordering and short links. */
export function newTaskId(): string {
  return `${Date.now().toString(36)}${randomBytes(5).toString("hex")}`;
}

/** The speed mode a submit asks for: the user's choice, else the operator's (saved setting, else MJ_MODE), else none. */
export function modeOf(requested?: "fast" | "relax" | "turbo"): "fast" | "relax" | "turbo" | null {
  const mode = getUpstreamConfig().mode;
  return requested ?? (mode === "none" ? null : mode);
}

/**
 * What travels with every submit besides its own body: our callback, the proxy's `state` (the caller's, else
 * our task id, handy when reading the proxy's logs), the task's speed mode and the operator's accountFilter.
 * Face swap takes only `instanceId` from the filter (PLUS); other endpoints take it whole.
 */
export function upstreamOptions(
  task: { id: string; mode: string | null },
  extras: { state?: string; filter?: "full" | "instance" } = {},
): SubmitOptions {
  const filter = getUpstreamConfig().accountFilter;
  const accountFilter = !filter
    ? undefined
    : extras.filter === "instance"
      ? filter.instanceId
        ? { instanceId: filter.instanceId }
        : undefined
      : filter;
  const mode = task.mode === "fast" || task.mode === "relax" || task.mode === "turbo" ? task.mode : undefined;
  // Our id always leads the state the upstream echoes back, so a submit whose answer was lost can be
  // found again in the upstream's task list (recover-uncertain.ts); a caller's own state follows it.
  const state = extras.state ? `${task.id}:${extras.state}` : task.id;
  return { notifyHook: notifyHookUrl(), state, mode, accountFilter };
}

/** sha256 over a request's inputs (images included), so a reused key can be told from a repeated one. */
export function fingerprint(parts: readonly string[]): string {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(`${part.length}:${part}`);
  return hash.digest("hex");
}

/**
 * Claims the idempotency key by inserting the task row first. The unique index makes a second request with
 * the same key (double click, client retry, two tabs) find the first row instead of submitting again.
 * A new task belongs to `author` and counts against their daily limit, checked here — before anything is
 * sent upstream. A replay of an earlier key costs nothing, so it is answered even over the limit.
 */
export async function claim(
  data: Omit<Prisma.TaskUncheckedCreateInput, "authorId">,
  author: Viewer,
): Promise<{ task: Task; claimed: boolean }> {
  const existing = await findByKey(data.idempotencyKey);
  if (existing) return { task: existing, claimed: false };
  try {
    const task = await withMemberLock(author.id, async () => {
      await assertUnderDailyLimit(author.id);
      return db.task.create({ data: { ...data, authorId: author.id }, include: withAuthor });
    });
    return { task, claimed: true };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const raced = await findByKey(data.idempotencyKey);
      if (raced) return { task: raced, claimed: false };
    }
    throw error;
  }
}

async function findByKey(key: string | null | undefined): Promise<TaskRow | null> {
  if (!key) return null;
  return db.task.findUnique({ where: { idempotencyKey: key }, include: withAuthor });
}

export interface ReplayExpectation {
  action?: string;
  prompt?: string;
  parentId?: string;
  customId?: string;
  inputHash?: string;
}

/** The answer to a repeated key: the same task if it is the same request, a 409 if the key was reused. */
export function replay(task: TaskRow, expect: ReplayExpectation): SubmitResult {
  const same =
    (expect.action === undefined || expect.action === task.action) &&
    (expect.prompt === undefined || expect.prompt === task.prompt) &&
    (expect.parentId === undefined || expect.parentId === task.parentId) &&
    (expect.customId === undefined || expect.customId === task.customId) &&
    (expect.inputHash === undefined || expect.inputHash === task.inputHash);
  if (!same) {
    throw new AppError(
      "conflict",
      "This idempotencyKey was already used for a different request; use a new key.",
    );
  }
  // An ambiguous submit replays as the same error, so a retry never turns into a second charge.
  // Once the job is found upstream (adopted) the row is an ordinary task again and replays as one.
  if (task.failCode === "SUBMIT_UNCERTAIN" && (task.status === "checking" || task.status === "failed")) {
    throw new AppError(
      "upstream_unavailable",
      task.failReason ?? "The upstream did not answer this submit.",
      {
        taskId: task.id,
        status: task.status,
      },
    );
  }
  return { task: toTaskDto(task), replayed: true };
}

/** What every create request carries besides its own inputs. */
export interface SubmitExtras {
  idempotencyKey: string;
  mode?: "fast" | "relax" | "turbo";
  /** The caller's own state, echoed by the upstream after our task id. */
  state?: string;
}
