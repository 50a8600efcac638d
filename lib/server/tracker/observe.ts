import "server-only";

import { fetchTask, listTasksByIds, MjError, type UpstreamTask } from "@/lib/server/mj";

export interface ObserveState {
  /** Set once the upstream answers list-by-condition with "unsupported"; then only per-task fetch is used. */
  listUnsupported: boolean;
}

/**
 * Reads the upstream state of many tasks with as few calls as possible: one batched list-by-condition,
 * then a per-task fetch only for ids the list did not return (some proxies omit tasks from the list).
 * A missing entry in the result map means "the upstream does not know this id".
 * The fetches run one after another: the tracker never has more than one call in flight to the upstream (whose
 * accounts run a few jobs at a time and whose operators rate-limit clients), and by the time a pass reads one
 * by one, callbacks are usually carrying the news anyway.
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
  for (const id of missing) seen.set(id, await fetchTask(id));
  return seen;
}
