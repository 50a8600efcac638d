import "server-only";

import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import type { ListTasksQuery } from "@/lib/schemas/task-input";
import type { TaskChangesDto, TaskDetailDto, TaskPageDto } from "@/lib/schemas/task";

import { toTaskDto, toTaskLinkDto } from "./dto";

export const ACTIVE_STATUSES = ["submitting", "queued", "submitted", "running", "modal"] as const;

// Cursor = "<createdAt ms>.<id>" of the last item, so pages stay stable while new tasks arrive.
function decodeCursor(cursor: string): { createdAt: Date; id: string } {
  const match = /^(\d{1,15})\.([A-Za-z0-9_-]{1,64})$/.exec(cursor);
  if (!match) throw new AppError("validation_failed", "cursor is not a cursor this API returned.");
  return { createdAt: new Date(Number(match[1])), id: match[2] ?? "" };
}

function statusFilter(status: ListTasksQuery["status"]): Prisma.TaskWhereInput {
  if (status === "active") return { status: { in: [...ACTIVE_STATUSES] } };
  if (status === "succeeded") return { status: "succeeded" };
  if (status === "failed") return { status: { in: ["failed", "cancelled"] } };
  return {};
}

export async function listTaskPage(query: ListTasksQuery): Promise<TaskPageDto> {
  const where: Prisma.TaskWhereInput[] = [statusFilter(query.status)];
  if (query.q) where.push({ prompt: { contains: query.q } });
  if (query.cursor) {
    const { createdAt, id } = decodeCursor(query.cursor);
    where.push({ OR: [{ createdAt: { lt: createdAt } }, { createdAt, id: { lt: id } }] });
  }
  const rows = await db.task.findMany({
    where: { AND: where },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: query.limit + 1,
  });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map(toTaskDto),
    nextCursor: rows.length > query.limit && last ? `${last.createdAt.getTime()}.${last.id}` : null,
  };
}

export async function getTaskDetail(id: string): Promise<TaskDetailDto> {
  const task = await db.task.findUnique({
    where: { id },
    include: { parent: true, children: { orderBy: { createdAt: "asc" } } },
  });
  if (!task) throw new AppError("not_found", `No task with id "${id}".`);
  return {
    ...toTaskDto(task),
    parent: task.parent ? toTaskLinkDto(task.parent) : null,
    children: task.children.map(toTaskLinkDto),
  };
}

// Writes are stamped in JS before they commit, so a poll can miss a row stamped just before it read.
// Re-reading a short window behind the cursor closes that gap; browsers merge by id, so repeats are harmless.
const CHANGE_OVERLAP_MS = 2_000;
const MAX_CHANGES = 200;

export async function listTaskChanges(since: string | undefined): Promise<TaskChangesDto> {
  const now = Date.now();
  if (since === undefined) {
    const active = await db.task.findMany({
      where: { status: { in: [...ACTIVE_STATUSES] } },
      orderBy: { updatedAt: "asc" },
      take: MAX_CHANGES,
    });
    return { items: active.map(toTaskDto), cursor: String(now) };
  }
  if (!/^\d{1,15}$/.test(since))
    throw new AppError("validation_failed", "since must be a cursor this API returned.");
  const from = new Date(Number(since) - CHANGE_OVERLAP_MS);
  const rows = await db.task.findMany({
    where: { updatedAt: { gt: from } },
    orderBy: { updatedAt: "asc" },
    take: MAX_CHANGES,
  });
  const newest = rows.at(-1)?.updatedAt.getTime();
  // A full batch means more may follow: continue from the last row instead of "now".
  const cursor = rows.length === MAX_CHANGES && newest ? newest : Math.max(Number(since), now);
  return { items: rows.map(toTaskDto), cursor: String(cursor) };
}
