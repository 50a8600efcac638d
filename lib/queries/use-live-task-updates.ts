// Follows live progress: one changes poll for the whole app, merged into every cached list and detail.
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useSyncExternalStore } from "react";

import type { ChangesPollDto } from "@/lib/schemas/task";

import { hasVisibleActiveTasks, IDLE_POLL_MS, LIVE_POLL_MS, taskQueries } from "./tasks";

/**
 * The first poll continues from `startCursor` (server time, taken before the page's data was read) instead of
 * asking for "now": a task that changed between the server render and the first poll (a lost submit given up,
 * a job finishing) would otherwise never reach the page, which would show the old state until a reload.
 */
export function useLiveTaskUpdates(startCursor: string): void {
  const client = useQueryClient();
  const subscribe = useCallback((notify: () => void) => client.getQueryCache().subscribe(notify), [client]);
  // Re-rendering when "something runs" flips makes the observer re-evaluate refetchInterval, so a new task
  // switches the slow idle poll to the fast one at once.
  const running = useSyncExternalStore(
    subscribe,
    () => hasVisibleActiveTasks(client),
    () => false,
  );

  useQuery({
    ...taskQueries.changes(),
    initialData: (): ChangesPollDto => ({
      items: [],
      removed: [],
      cursor: startCursor,
      upstream: { unreachableSince: null },
    }),
    // Stale from the start: the first real poll runs on mount.
    initialDataUpdatedAt: 0,
    refetchInterval: () => (running && hasVisibleActiveTasks(client) ? LIVE_POLL_MS : IDLE_POLL_MS),
  });
}
