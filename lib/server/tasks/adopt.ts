import "server-only";

import { z } from "zod";

import { AppError } from "@/lib/errors";
import { text } from "@/lib/schemas/text";
import type { Viewer } from "@/lib/server/auth/viewer";
import { db } from "@/lib/server/db";
import { fetchTask, MjError, mjErrorToAppError } from "@/lib/server/mj";

import { assertOwnerOrAdmin } from "./access";
import type { SubmitResult } from "./claim";
import { toTaskDto, withAuthor } from "./dto";
import { adopt } from "../tracker/recover-uncertain";

// POST /api/tasks/:id/adopt {upstreamId} — "Find it": when a submit's answer was lost and the studio could not
// find the job itself (e.g. an aggregator that cannot list tasks), the user pastes the upstream task id from the
// upstream's own history. The job is then tracked like any other. Nothing is ever resubmitted.

export const AdoptInput = z.strictObject({
  upstreamId: text("upstreamId")
    .trim()
    .min(1, "Enter the upstream task id.")
    .max(64, "That is not an upstream task id.")
    .regex(/^[A-Za-z0-9_-]+$/, "That is not an upstream task id."),
});
export type AdoptInput = z.infer<typeof AdoptInput>;

const ADOPTABLE = new Set(["checking", "failed"]);

export async function adoptUpstreamTask(
  taskId: string,
  input: AdoptInput,
  viewer: Viewer,
): Promise<SubmitResult> {
  const task = await db.task.findUnique({ where: { id: taskId }, include: withAuthor });
  if (!task || task.deletedAt) throw new AppError("not_found", `No task with id "${taskId}".`);
  assertOwnerOrAdmin(task, viewer, "match it to an upstream job");
  // A second click with the same id answers like the first.
  if (task.upstreamId === input.upstreamId) return { task: toTaskDto(task), replayed: true };
  if (task.failCode !== "SUBMIT_UNCERTAIN" || !ADOPTABLE.has(task.status) || task.upstreamId) {
    throw new AppError(
      "conflict",
      "Only a task whose submit answer was lost can be matched to an upstream job.",
    );
  }
  const other = await db.task.findUnique({ where: { upstreamId: input.upstreamId }, select: { id: true } });
  if (other) {
    throw new AppError("conflict", "That upstream task is already tracked by another task in the studio.", {
      taskId: other.id,
    });
  }
  let upstream;
  try {
    upstream = await fetchTask(input.upstreamId);
  } catch (error) {
    throw error instanceof MjError ? mjErrorToAppError(error) : error;
  }
  if (!upstream) throw new AppError("not_found", `The upstream does not know a task "${input.upstreamId}".`);
  let adopted: boolean;
  try {
    adopted = await adopt(task.id, upstream.upstreamId, new Date());
  } catch {
    // The unique upstreamId index: another request adopted the same job a moment ago.
    throw new AppError("conflict", "That upstream task is already tracked by another task in the studio.");
  }
  if (!adopted) throw new AppError("conflict", "This task changed meanwhile; reload it and try again.");
  const fresh = await db.task.findUniqueOrThrow({ where: { id: task.id }, include: withAuthor });
  return { task: toTaskDto(fresh), replayed: false };
}
