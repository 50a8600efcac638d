// Prompt batches for TanStack Query: key factory, query options and mutation hooks.
import { queryOptions, useMutation } from "@tanstack/react-query";

import { apiFetch, isRetryableNetworkError } from "@/lib/api-client";
import { BatchDto, BatchListDto, type CreateBatchInput } from "@/lib/schemas/batch";

import { accountKeys } from "./account";
import { taskKeys } from "./tasks";

/** While a batch is sending, its strip reads progress this often (our database only, never the upstream). */
export const BATCH_POLL_MS = 2_000;

export const batchKeys = {
  all: ["batches"] as const,
  list: () => [...batchKeys.all, "list"] as const,
  detail: (id: string) => [...batchKeys.all, "detail", id] as const,
};

const hasActive = (list: BatchListDto | undefined) => list?.items.some((b) => b.status === "active") ?? false;

export const batchQueries = {
  /** The member's recent batches; polled while one of them still has jobs to send. */
  list: () =>
    queryOptions({
      queryKey: batchKeys.list(),
      queryFn: ({ signal }) => apiFetch("/api/batches", { signal }, BatchListDto),
      refetchInterval: (query) => (hasActive(query.state.data) ? BATCH_POLL_MS : false),
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: batchKeys.detail(id),
      queryFn: ({ signal }) => apiFetch(`/api/batches/${encodeURIComponent(id)}`, { signal }, BatchDto),
      refetchInterval: (query) => (query.state.data?.status === "active" ? BATCH_POLL_MS : false),
    }),
};

// Retrying is safe only because the batch's idempotency key travels with every attempt.
const retryNetworkTwice = (failureCount: number, error: unknown) =>
  failureCount < 2 && isRetryableNetworkError(error);

export function useCreateBatch() {
  return useMutation({
    mutationFn: (input: CreateBatchInput) =>
      apiFetch("/api/batches", { method: "POST", body: input }, BatchDto),
    retry: retryNetworkTwice,
    onSuccess: (batch, _input, _result, { client }) => {
      client.setQueryData(batchKeys.detail(batch.id), batch);
      void client.invalidateQueries({ queryKey: batchKeys.list() });
      // Jobs become tasks over the next seconds: wake the gallery's changes poll and the daily usage.
      void client.invalidateQueries({ queryKey: taskKeys.changes() });
      void client.invalidateQueries({ queryKey: accountKeys.me() });
    },
  });
}

export function useCancelBatch() {
  return useMutation({
    mutationFn: (id: string) =>
      apiFetch(`/api/batches/${encodeURIComponent(id)}/cancel`, { method: "POST" }, BatchDto),
    onSuccess: (batch, _id, _result, { client }) => {
      client.setQueryData(batchKeys.detail(batch.id), batch);
      client.setQueryData<BatchListDto>(batchKeys.list(), (list) =>
        list ? { items: list.items.map((b) => (b.id === batch.id ? batch : b)) } : list,
      );
    },
  });
}
