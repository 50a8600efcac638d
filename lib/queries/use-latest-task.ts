// Follows one task through the query cache the live poll keeps fresh (no extra request).
import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useRef, useSyncExternalStore } from "react";

import type { TaskDto } from "@/lib/schemas/task";

import { cachedVersionsOf, newestVersion } from "./latest-task";

export function useLatestTask(task: TaskDto | undefined): TaskDto | undefined {
  const client = useQueryClient();
  // The newest copy seen so far: a changes answer only carries a task while it changes, so remember it.
  const newest = useRef<TaskDto | undefined>(undefined);
  const subscribe = useCallback((notify: () => void) => client.getQueryCache().subscribe(notify), [client]);
  const read = () => {
    if (!task) return undefined;
    const known = newest.current?.id === task.id ? newestVersion(task, [newest.current]) : task;
    newest.current = newestVersion(known, cachedVersionsOf(client, task.id));
    return newest.current;
  };
  return useSyncExternalStore(subscribe, read, () => task);
}
