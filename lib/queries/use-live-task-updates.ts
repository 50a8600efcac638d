// Follows live progress: one changes poll for the whole app, merged into every cached list and detail.
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useSyncExternalStore } from "react";

import { hasVisibleActiveTasks, IDLE_POLL_MS, LIVE_POLL_MS, taskQueries } from "./tasks";

export function useLiveTaskUpdates(): void {
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
    refetchInterval: () => (running && hasVisibleActiveTasks(client) ? LIVE_POLL_MS : IDLE_POLL_MS),
  });
}
