// A collection's own task list and collection deletion; the list and edits live in ./organize.
import { infiniteQueryOptions, useMutation } from "@tanstack/react-query";
import { z } from "zod";

import { apiFetch } from "@/lib/api-client";
import { TaskPageDto } from "@/lib/schemas/task";

import { collectionKeys } from "./organize";
import { taskKeys, taskListPath } from "./tasks";

/**
 * Under collectionKeys, not taskKeys.lists(): live task changes are not merged into it (membership is not in
 * the task), and every collection edit, which invalidates collectionKeys.all, refreshes it.
 */
export const collectionTaskKeys = {
  all: () => [...collectionKeys.all, "tasks"] as const,
  list: (id: string) => [...collectionTaskKeys.all(), id] as const,
};

export const collectionTaskQueries = {
  list: (id: string) =>
    infiniteQueryOptions({
      queryKey: collectionTaskKeys.list(id),
      queryFn: ({ pageParam, signal }) =>
        apiFetch(taskListPath({ collection: id }, pageParam), { signal }, TaskPageDto),
      initialPageParam: null as string | null,
      getNextPageParam: (lastPage) => lastPage.nextCursor,
    }),
};

export function useDeleteCollection() {
  return useMutation({
    mutationFn: (id: string) =>
      apiFetch(
        `/api/collections/${encodeURIComponent(id)}`,
        { method: "DELETE" },
        z.object({ ok: z.boolean() }),
      ),
    onSuccess: (_result, _id, _ctx, { client }) => {
      void client.invalidateQueries({ queryKey: collectionKeys.all });
      // A gallery filtered by the deleted collection must not keep showing its tasks.
      void client.invalidateQueries({ queryKey: taskKeys.lists() });
    },
  });
}
