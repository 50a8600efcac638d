// Follows live progress: the server pushes THAT something changed over one stream per browser (its tabs share
// it, see shared-live-stream.ts), and one changes query for the whole app reads WHAT changed and merges it into
// every cached list and detail. Polling stays as the fallback whenever the stream is not open.
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useState, useSyncExternalStore } from "react";

import type { ChangesPollDto } from "@/lib/schemas/task";

import { accountKeys } from "./account";
import { adminSettingsKeys } from "./admin-settings";
import { coalesced, type LiveMode } from "./live-stream";
import { connectSharedLiveStream } from "./shared-live-stream";
import { hasVisibleActiveTasks, IDLE_POLL_MS, LIVE_POLL_MS, taskKeys, taskQueries } from "./tasks";

/**
 * While the stream is open every change is pushed, so the poll is only a safety net for a stream that died
 * silently (a proxy that swallows the close): slow enough to cost nothing, fast enough to notice.
 */
export const PUSH_SAFETY_POLL_MS = 30_000;

/**
 * The first poll continues from `startCursor` (server time, taken before the page's data was read) instead of
 * asking for "now": a task that changed between the server render and the first poll (a lost submit given up,
 * a job finishing) would otherwise never reach the page, which would show the old state until a reload.
 * Returns whether updates are pushed or polled right now.
 */
export function useLiveTaskUpdates(startCursor: string): LiveMode {
  const client = useQueryClient();
  const router = useRouter();
  const [mode, setMode] = useState<LiveMode>("poll");
  const subscribe = useCallback((notify: () => void) => client.getQueryCache().subscribe(notify), [client]);
  // Re-rendering when "something runs" flips makes the observer re-evaluate refetchInterval, so a new task
  // switches the slow idle poll to the fast one at once.
  const running = useSyncExternalStore(
    subscribe,
    () => hasVisibleActiveTasks(client),
    () => false,
  );

  useEffect(() => {
    const changesKey = taskKeys.changes();
    const refetchOptions = { cancelRefetch: false };
    const readChanges = coalesced(async () => {
      // A poll already under way may have read the server before this change: let it finish, then read again.
      if (client.getQueryState(changesKey)?.fetchStatus === "fetching") {
        await client.refetchQueries({ queryKey: changesKey, exact: true }, refetchOptions);
      }
      await client.refetchQueries({ queryKey: changesKey, exact: true }, refetchOptions);
    });
    return connectSharedLiveStream({
      onChanges: readChanges,
      onSettings: () => {
        void client.invalidateQueries({ queryKey: adminSettingsKeys.all });
        void client.invalidateQueries({ queryKey: accountKeys.me() });
        // The header's simulator badge is rendered on the server from the saved upstream.
        router.refresh();
      },
      onMode: setMode,
    });
  }, [client, router]);

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
    refetchInterval: () => {
      if (mode === "push") return PUSH_SAFETY_POLL_MS;
      return running && hasVisibleActiveTasks(client) ? LIVE_POLL_MS : IDLE_POLL_MS;
    },
  });
  return mode;
}
