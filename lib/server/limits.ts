import "server-only";

import { AppError } from "@/lib/errors";
import { withDatabaseMemberLock } from "@/lib/server/cluster/member-lock";
import { clusterMode, coordinationPool } from "@/lib/server/cluster/pool";
import { db } from "@/lib/server/db";

// Per-member daily limits. A day is a UTC day, so every member of a team spread over time zones resets at
// the same moment; the message says when that is.

export function startOfUtcDay(at: Date): Date {
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
}

export function nextUtcMidnight(at: Date): Date {
  return new Date(startOfUtcDay(at).getTime() + 24 * 60 * 60_000);
}

/** "in 5 h 12 min" — the wait until the reset, for the refusal message. */
export function describeWait(ms: number): string {
  const minutes = Math.max(1, Math.ceil(ms / 60_000));
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `in ${rest} min`;
  return rest === 0 ? `in ${hours} h` : `in ${hours} h ${rest} min`;
}

export interface DailyUsage {
  limit: number | null;
  used: number;
  resetsAt: string;
}

export async function dailyUsageOf(userId: string, now = new Date()): Promise<DailyUsage> {
  const [user, used] = await Promise.all([
    db.user.findUnique({ where: { id: userId }, select: { dailyLimit: true } }),
    // Every task the member started today counts, deleted ones too: they were paid for.
    db.task.count({ where: { authorId: userId, createdAt: { gte: startOfUtcDay(now) } } }),
  ]);
  return { limit: user?.dailyLimit ?? null, used, resetsAt: nextUtcMidnight(now).toISOString() };
}

/** Refuses before anything is sent upstream when the member has used up today's tasks. */
export async function assertUnderDailyLimit(userId: string, now = new Date()): Promise<void> {
  const usage = await dailyUsageOf(userId, now);
  if (usage.limit === null || usage.used < usage.limit) return;
  const wait = describeWait(new Date(usage.resetsAt).getTime() - now.getTime());
  throw new AppError(
    "daily_limit_reached",
    `Daily limit reached: you have started ${usage.used} of your ${usage.limit} tasks today. ` +
      `It resets at 00:00 UTC (${wait}). Nothing was sent to Midjourney.`,
    { limit: usage.limit, used: usage.used, resetsAt: usage.resetsAt },
  );
}

// Count-then-insert must not interleave for one member, or two quick submits could both pass a limit of 1.
// One process (SQLite): a per-member promise chain is enough. Several instances (PostgreSQL): the chain still
// queues this instance's own submits (so they wait in memory, not holding connections), and inside it a
// per-member advisory lock in the database keeps other instances out (cluster/member-lock.ts).
const chains = new Map<string, Promise<unknown>>();

export async function withMemberLock<T>(userId: string, work: () => Promise<T>): Promise<T> {
  const locked = clusterMode() ? () => withDatabaseMemberLock(coordinationPool(), userId, work) : work;
  const previous = chains.get(userId) ?? Promise.resolve();
  const run = previous.catch(() => undefined).then(locked);
  chains.set(userId, run);
  try {
    return await run;
  } finally {
    if (chains.get(userId) === run) chains.delete(userId);
  }
}
