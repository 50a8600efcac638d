// Organising the shared history: collections, members for filters, bulk operations and downloads.
import { type QueryClient, queryOptions, useMutation } from "@tanstack/react-query";

import { apiDownload, apiFetch } from "@/lib/api-client";
import { MemberRefListDto } from "@/lib/schemas/account";
import { BulkResultDto, type BulkTaskInput, CollectionDto, CollectionListDto } from "@/lib/schemas/organize";
import type { TaskDetailDto, TaskDto } from "@/lib/schemas/task";

import { type TaskPages, taskKeys } from "./tasks";

export const collectionKeys = {
  all: ["collections"] as const,
  list: () => [...collectionKeys.all, "list"] as const,
};

export const memberKeys = {
  all: ["members"] as const,
  refs: () => [...memberKeys.all, "refs"] as const,
};

export const collectionQueries = {
  list: () =>
    queryOptions({
      queryKey: collectionKeys.list(),
      queryFn: ({ signal }) => apiFetch("/api/collections", { signal }, CollectionListDto),
      select: (data) => data.items,
    }),
};

export const memberQueries = {
  refs: () =>
    queryOptions({
      queryKey: memberKeys.refs(),
      queryFn: ({ signal }) => apiFetch("/api/members", { signal }, MemberRefListDto),
      select: (data) => data.items,
      staleTime: 60_000,
    }),
};

/** Applies a local change (a star, a deletion) to every cached copy of these tasks. */
export function patchCachedTasks(client: QueryClient, ids: readonly string[], patch: Partial<TaskDto>): void {
  const wanted = new Set(ids);
  for (const [key, data] of client.getQueriesData<TaskPages>({ queryKey: taskKeys.lists() })) {
    if (!data) continue;
    const pages = data.pages.map((page) => ({
      ...page,
      items: page.items
        .map((task) => (wanted.has(task.id) ? { ...task, ...patch } : task))
        .filter((task) => !task.deleted),
    }));
    client.setQueryData(key, { ...data, pages });
  }
  for (const [key, data] of client.getQueriesData<TaskDetailDto>({ queryKey: taskKeys.details() })) {
    if (data && wanted.has(data.id)) client.setQueryData(key, { ...data, ...patch });
  }
}

export function useBulkTasks() {
  return useMutation({
    mutationFn: (input: BulkTaskInput) =>
      apiFetch("/api/tasks/bulk", { method: "POST", body: input }, BulkResultDto),
    onSuccess: (result, input, _ctx, { client }) => {
      const patch: Partial<TaskDto> | null =
        input.op === "favorite"
          ? { favorite: true }
          : input.op === "unfavorite"
            ? { favorite: false }
            : input.op === "delete"
              ? { deleted: true }
              : null;
      if (patch) patchCachedTasks(client, result.changed, patch);
      // Lists whose membership changed (favorites view, a collection, the trash) refetch; cards above stay.
      if (input.op !== "favorite" && input.op !== "unfavorite" && input.op !== "delete") {
        void client.invalidateQueries({ queryKey: taskKeys.all });
      }
      if (input.op === "addToCollection" || input.op === "removeFromCollection" || input.op === "purge") {
        void client.invalidateQueries({ queryKey: collectionKeys.all });
      }
    },
  });
}

export function useCreateCollection() {
  return useMutation({
    mutationFn: (name: string) =>
      apiFetch("/api/collections", { method: "POST", body: { name } }, CollectionDto),
    onSuccess: (_created, _name, _ctx, { client }) =>
      void client.invalidateQueries({ queryKey: collectionKeys.all }),
  });
}

export function useUpdateCollection(id: string) {
  return useMutation({
    mutationFn: (input: { name?: string; coverTaskId?: string | null }) =>
      apiFetch(`/api/collections/${encodeURIComponent(id)}`, { method: "PATCH", body: input }, CollectionDto),
    onSuccess: (_updated, _input, _ctx, { client }) =>
      void client.invalidateQueries({ queryKey: collectionKeys.all }),
  });
}

export function useDownloadTasks() {
  return useMutation({
    mutationFn: (ids: readonly string[]) => apiDownload("/api/tasks/download", { ids }, "mj-studio.zip"),
  });
}
