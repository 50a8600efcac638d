import "server-only";

import { db } from "@/lib/server/db";
import {
  getUpstreamConfig,
  listRecentTasks,
  MjError,
  type SearchListing,
  type UpstreamTask,
} from "@/lib/server/mj";

/**
 * A submit whose answer was lost (HTTP 5xx, reset, timeout) may still have been accepted, and paid for,
 * upstream. Such a task waits in status "checking"; each tracker pass looks for it in the upstream's
 * recent-task listings by the `state` we sent (our task id leads it), adopts it when found, and gives up
 * after a bounded time. It is NEVER resubmitted: that could pay twice.
 */

/** How long a lost answer is searched for before the task is failed with words on what to do. */
export const RECOVER_WINDOW_MS = 5 * 60_000;
const LISTINGS: readonly SearchListing[] = ["/task/list", "/task/queue"];

export const GAVE_UP_NOT_FOUND =
  "Midjourney's answer to this submit was lost and the job did not show up in the upstream's task list within 5 minutes. " +
  "It may still have been charged: if you find it in the upstream's history, paste its task id into “Find it” to adopt it.";
export const GAVE_UP_CANNOT_SEARCH =
  "Midjourney's answer to this submit was lost, and this upstream cannot list its tasks, so the studio cannot check. " +
  "The job may have been charged: look for it in the upstream's dashboard and paste its task id into “Find it” to adopt it.";

export interface CheckingTask {
  id: string;
  createdAt: Date;
}

export type RecoveryStep =
  | { kind: "adopt"; taskId: string; upstreamId: string }
  | { kind: "give_up"; taskId: string; reason: string }
  | { kind: "wait"; taskId: string };

/** Our state is the task id, or the task id, a colon, then the caller's own state (claim.ts upstreamOptions). */
export function stateBelongsTo(state: string | null, taskId: string): boolean {
  return state === taskId || (state !== null && state.startsWith(`${taskId}:`));
}

// Per upstream (base URL): listings that answered "unsupported", so they are not asked again.
const g = globalThis as unknown as { mjStudioUnsupportedListings?: Map<string, Set<SearchListing>> };
const unsupportedListings = (g.mjStudioUnsupportedListings ??= new Map<string, Set<SearchListing>>());

/** Forgets what was learned about the upstreams' listings (tests, or when the upstream settings change). */
export function forgetListingSupport(): void {
  unsupportedListings.clear();
}

export interface SearchResult {
  /** False when the upstream offers neither listing: nothing can ever be found there. */
  searchable: boolean;
  found: UpstreamTask[];
}

/** Reads every listing the upstream supports, learning once which ones it lacks. */
export async function searchUpstream(
  upstreamKey: string,
  list: (listing: SearchListing) => Promise<UpstreamTask[]> = listRecentTasks,
): Promise<SearchResult> {
  const lacking = unsupportedListings.get(upstreamKey) ?? new Set<SearchListing>();
  unsupportedListings.set(upstreamKey, lacking);
  const found: UpstreamTask[] = [];
  for (const listing of LISTINGS) {
    if (lacking.has(listing)) continue;
    try {
      found.push(...(await list(listing)));
    } catch (error) {
      if (!(error instanceof MjError && error.kind === "unsupported")) throw error;
      lacking.add(listing);
    }
  }
  return { searchable: lacking.size < LISTINGS.length, found };
}

/**
 * What to do with each checking task. `trackedUpstreamIds` are upstream ids another row already tracks:
 * never adopted twice.
 */
export function planRecovery(
  tasks: CheckingTask[],
  search: SearchResult,
  trackedUpstreamIds: ReadonlySet<string>,
  now: Date,
): RecoveryStep[] {
  return tasks.map((task) => {
    const match = search.found.find(
      (up) => stateBelongsTo(up.state, task.id) && !trackedUpstreamIds.has(up.upstreamId),
    );
    if (match) return { kind: "adopt", taskId: task.id, upstreamId: match.upstreamId };
    if (!search.searchable) return { kind: "give_up", taskId: task.id, reason: GAVE_UP_CANNOT_SEARCH };
    if (now.getTime() - task.createdAt.getTime() >= RECOVER_WINDOW_MS) {
      return { kind: "give_up", taskId: task.id, reason: GAVE_UP_NOT_FOUND };
    }
    return { kind: "wait", taskId: task.id };
  });
}

/** One recovery pass (called once per tracker pass). A failing upstream only delays the search. */
export async function recoverUncertainSubmits(now: Date): Promise<void> {
  const tasks = await db.task.findMany({
    where: { status: "checking" },
    select: { id: true, createdAt: true },
    orderBy: { createdAt: "asc" },
    take: 50,
  });
  if (tasks.length === 0) return;
  let search: SearchResult;
  try {
    search = await searchUpstream(getUpstreamConfig().baseUrl);
  } catch (error) {
    console.warn(`[tracker] could not search for lost submits: ${(error as Error).message}`);
    // Past the window a task is still released, so nothing waits forever on a broken upstream.
    search = { searchable: true, found: [] };
  }
  const candidates = search.found.filter((up) => tasks.some((t) => stateBelongsTo(up.state, t.id)));
  const tracked = await db.task.findMany({
    where: { upstreamId: { in: candidates.map((up) => up.upstreamId) } },
    select: { upstreamId: true },
  });
  const trackedIds = new Set(tracked.map((row) => row.upstreamId as string));
  for (const step of planRecovery(tasks, search, trackedIds, now)) {
    if (step.kind === "adopt") await adopt(step.taskId, step.upstreamId, now);
    else if (step.kind === "give_up") await giveUp(step.taskId, step.reason, now);
  }
}

/** Hands the task to normal tracking: from here it is followed, finished and its image stored like any other. */
export async function adopt(taskId: string, upstreamId: string, now: Date): Promise<boolean> {
  const { count } = await db.task.updateMany({
    where: { id: taskId, status: { in: ["checking", "failed"] }, failCode: "SUBMIT_UNCERTAIN" },
    data: {
      status: "submitted",
      upstreamId,
      failCode: null,
      failReason: null,
      finishedAt: null,
      lastChangeAt: now,
    },
  });
  return count === 1;
}

async function giveUp(taskId: string, reason: string, now: Date): Promise<void> {
  await db.task.updateMany({
    where: { id: taskId, status: "checking" },
    data: { status: "failed", failReason: reason, finishedAt: now, lastChangeAt: now },
  });
}
