import "server-only";

import { fetchTask, listTasksByIds, MjError, type UpstreamTask } from "@/lib/server/mj";

export interface ObserveState {
  /** Set once the upstream answers list-by-condition with "unsupported"; then only per-task fetch is used. */
  listUnsupported: boolean;
}

const FETCH_CONCURRENCY = 4;

/**
 * Reads the upstream state of many tasks with as few calls as possible: one batched list-by-condition,
 * then a per-task fetch only for ids the list did not return (some proxies omit tasks from the list).
 * A missing entry in the result map means "the upstream does not know this id".
 */
export async function observeTasks(
  upstreamIds: string[],
  state: ObserveState,
): Promise<Map<string, UpstreamTask | null>> {
  const seen = new Map<string, UpstreamTask | null>();
  if (!state.listUnsupported) {
    try {
      for (const task of await listTasksByIds(upstreamIds)) seen.set(task.upstreamId, task);
    } catch (error) {
      if (!(error instanceof MjError && error.kind === "unsupported")) throw error;
      state.listUnsupported = true;
    }
  }
  const missing = upstreamIds.filter((id) => !seen.has(id));
  for (let i = 0; i < missing.length; i += FETCH_CONCURRENCY) {
    const batch = missing.slice(i, i + FETCH_CONCURRENCY);
    const results = await Promise.all(batch.map((id) => fetchTask(id)));
    batch.forEach((id, j) => seen.set(id, results[j] ?? null));
  }
  return seen;
}
