// Tasks domain for TanStack Query: key factory, query options, cache sync and mutation hooks.
import {
  infiniteQueryOptions,
  type QueryClient,
  type QueryFunctionContext,
  queryOptions,
  useMutation,
} from "@tanstack/react-query";
import { z } from "zod";

import { ApiError, apiFetch, isRetryableNetworkError } from "@/lib/api-client";
import type { CreateEditInput, CreateRetextureInput } from "@/lib/schemas/editor";
import { ChangesPollDto, TaskDetailDto, TaskDto, TaskPageDto } from "@/lib/schemas/task";
import type {
  CreateBlendInput,
  CreateDescribeInput,
  CreateImagineInput,
  CreateShortenInput,
  CreateSwapFaceInput,
  PressButtonInput,
  SubmitModalInput,
} from "@/lib/schemas/task-input";
import type { CreateVideoInput } from "@/lib/schemas/video-input";

import {
  detailHasActiveTask,
  markButtonUsed,
  mergeIntoDetail,
  mergeTaskChanges,
  normalizeFilters,
  pagesHaveActiveTask,
  removeFromDetail,
  removeFromPages,
  TaskFilters,
  type TaskPages,
} from "./task-cache";

export { TaskFilters, type TaskPages, type TaskStatusFilter } from "./task-cache";

export const GALLERY_PAGE_SIZE = 24;
/** Where the signed-in member is kept in the query cache (seeded by ViewerProvider), for "mine" filters. */
export const VIEWER_KEY = ["viewer"] as const;
/** How often the browser asks for changes while something visible is still running. */
export const LIVE_POLL_MS = 1_500;
/**
 * While nothing visible runs, a slow poll still picks up tasks that teammates (or other tabs) start.
 * It reads only our database; the upstream is never called on a browser's behalf.
 */
export const IDLE_POLL_MS = 3_000;

export const taskKeys = {
  all: ["tasks"] as const,
  lists: () => [...taskKeys.all, "list"] as const,
  list: (filters: TaskFilters) => [...taskKeys.lists(), normalizeFilters(filters)] as const,
  trash: () => [...taskKeys.all, "trash"] as const,
  details: () => [...taskKeys.all, "detail"] as const,
  detail: (id: string) => [...taskKeys.details(), id] as const,
  changes: () => [...taskKeys.all, "changes"] as const,
};

/** Our list endpoint's query string for these filters (booleans as "1"). `trash` lists the admin's trash. */
export function taskListPath(filters: TaskFilters, cursor: string | null, trash = false): string {
  const params = new URLSearchParams({ limit: String(GALLERY_PAGE_SIZE) });
  if (cursor) params.set("cursor", cursor);
  for (const [key, value] of Object.entries(normalizeFilters(filters))) {
    params.set(key, value === true ? "1" : String(value));
  }
  if (trash) params.set("trash", "1");
  return `/api/tasks?${params.toString()}`;
}

const taskPath = (id: string) => `/api/tasks/${encodeURIComponent(id)}`;
const changesPath = (since: string | undefined) =>
  since ? `/api/tasks/changes?since=${encodeURIComponent(since)}` : "/api/tasks/changes";

async function fetchChanges({
  client,
  queryKey,
  signal,
}: QueryFunctionContext<ReturnType<typeof taskKeys.changes>>): Promise<ChangesPollDto> {
  // The cursor is the previous answer; the query key stays constant so the poll is one cache entry.
  const since = client.getQueryData<ChangesPollDto>(queryKey)?.cursor;
  let changes: ChangesPollDto;
  try {
    changes = await apiFetch(changesPath(since), { signal }, ChangesPollDto);
  } catch (error) {
    // A cursor from before a server reset is refused; start over instead of polling an error forever.
    if (!since || !(error instanceof ApiError) || error.code !== "validation_failed") throw error;
    changes = await apiFetch(changesPath(undefined), { signal }, ChangesPollDto);
  }
  applyTaskChanges(client, changes.items);
  applyTaskRemovals(client, changes.removed);
  return changes;
}

export const taskQueries = {
  list: (filters: TaskFilters) =>
    infiniteQueryOptions({
      queryKey: taskKeys.list(filters),
      queryFn: ({ pageParam, signal }) => apiFetch(taskListPath(filters, pageParam), { signal }, TaskPageDto),
      initialPageParam: null as string | null,
      getNextPageParam: (lastPage) => lastPage.nextCursor,
    }),
  /** The admin's trash: not a gallery list, so live changes are not merged into it. */
  trash: () =>
    infiniteQueryOptions({
      queryKey: taskKeys.trash(),
      queryFn: ({ pageParam, signal }) =>
        apiFetch(taskListPath({}, pageParam, true), { signal }, TaskPageDto),
      initialPageParam: null as string | null,
      getNextPageParam: (lastPage) => lastPage.nextCursor,
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: taskKeys.detail(id),
      queryFn: ({ signal }) => apiFetch(taskPath(id), { signal }, TaskDetailDto),
    }),
  changes: () =>
    queryOptions({
      queryKey: taskKeys.changes(),
      queryFn: fetchChanges,
      staleTime: 0,
      // Coming back to the tab must catch up on everything that finished meanwhile, even with nothing running.
      refetchOnWindowFocus: "always",
      refetchOnReconnect: "always",
    }),
};

/** Writes changed tasks into every cached gallery list and task detail. */
export function applyTaskChanges(client: QueryClient, items: readonly TaskDto[]): void {
  if (items.length === 0) return;
  const viewerId = client.getQueryData<{ id: string }>(VIEWER_KEY)?.id ?? null;
  for (const [key, data] of client.getQueriesData<TaskPages>({ queryKey: taskKeys.lists() })) {
    const filters = TaskFilters.safeParse(key[2]);
    if (!filters.success) continue;
    const merged = mergeTaskChanges(data, items, filters.data, viewerId);
    if (merged !== data) client.setQueryData(key, merged);
  }
  for (const [key, data] of client.getQueriesData<TaskDetailDto>({ queryKey: taskKeys.details() })) {
    const merged = mergeIntoDetail(data, items);
    if (merged !== data) client.setQueryData(key, merged);
  }
}

/** Drops tasks that left the gallery (deleted elsewhere) from every cached list and detail. */
export function applyTaskRemovals(client: QueryClient, removedIds: readonly string[]): void {
  if (removedIds.length === 0) return;
  const ids = new Set(removedIds);
  for (const [key, data] of client.getQueriesData<TaskPages>({ queryKey: taskKeys.lists() })) {
    const next = removeFromPages(data, ids);
    if (next !== data) client.setQueryData(key, next);
  }
  for (const [key, data] of client.getQueriesData<TaskDetailDto>({ queryKey: taskKeys.details() })) {
    const next = removeFromDetail(data, ids);
    if (next !== data) client.setQueryData(key, next);
  }
}

/** True while a mounted gallery list or detail view shows a task that is not finished yet. */
export function hasVisibleActiveTasks(client: QueryClient): boolean {
  const lists = client.getQueriesData<TaskPages>({ queryKey: taskKeys.lists(), type: "active" });
  const details = client.getQueriesData<TaskDetailDto>({ queryKey: taskKeys.details(), type: "active" });
  return (
    lists.some(([, data]) => pagesHaveActiveTask(data)) ||
    details.some(([, data]) => detailHasActiveTask(data))
  );
}

function onTaskCreated(client: QueryClient, task: TaskDto): void {
  applyTaskChanges(client, [task]);
  // Wakes the changes poll, which sleeps while nothing runs.
  void client.invalidateQueries({ queryKey: taskKeys.changes() });
}

// Retrying is safe only because the same idempotency key travels with every attempt (it is part of the variables).
const retryNetworkTwice = (failureCount: number, error: unknown) =>
  failureCount < 2 && isRetryableNetworkError(error);

export function useCreateImagine() {
  return useMutation({
    mutationFn: (input: CreateImagineInput) =>
      apiFetch("/api/tasks", { method: "POST", body: input }, TaskDto),
    retry: retryNetworkTwice,
    onSuccess: (task, _input, _result, { client }) => onTaskCreated(client, task),
  });
}

export function usePressButton(taskId: string) {
  return useMutation({
    mutationFn: (input: PressButtonInput) =>
      apiFetch(`${taskPath(taskId)}/actions`, { method: "POST", body: input }, TaskDto),
    retry: retryNetworkTwice,
    onSuccess: (task, input, _result, { client }) => {
      onTaskCreated(client, task);
      for (const [key, data] of client.getQueriesData<TaskPages>({ queryKey: taskKeys.lists() })) {
        const marked = markButtonUsed(data, taskId, input.customId);
        if (marked !== data) client.setQueryData(key, marked);
      }
    },
  });
}

/** describe / blend / shorten / swap-face: one POST that creates one task, retried only with the same key. */
function useCreateTask<Input>(path: string) {
  return useMutation({
    mutationFn: (input: Input) => apiFetch(path, { method: "POST", body: input }, TaskDto),
    retry: retryNetworkTwice,
    onSuccess: (task, _input, _result, { client }) => onTaskCreated(client, task),
  });
}

export const useCreateDescribe = () => useCreateTask<CreateDescribeInput>("/api/describe");
export const useCreateBlend = () => useCreateTask<CreateBlendInput>("/api/blend");
export const useCreateShorten = () => useCreateTask<CreateShortenInput>("/api/shorten");
export const useSwapFace = () => useCreateTask<CreateSwapFaceInput>("/api/swap-face");
export const useCreateEdit = () => useCreateTask<CreateEditInput>("/api/edit");
export const useCreateRetexture = () => useCreateTask<CreateRetextureInput>("/api/retexture");
export const useCreateVideo = () => useCreateTask<CreateVideoInput>("/api/video");

const SeedDto = z.object({ seed: z.string() });

/** Asks for the image seed; the server asks the upstream once and keeps it, so a repeat is free. */
export function useTaskSeed(taskId: string) {
  return useMutation({
    mutationFn: () => apiFetch(`${taskPath(taskId)}/seed`, {}, SeedDto),
    retry: retryNetworkTwice,
    onSuccess: ({ seed }, _input, _result, { client }) => {
      client.setQueryData<TaskDetailDto>(taskKeys.detail(taskId), (task) =>
        task ? { ...task, seed } : task,
      );
    },
  });
}

/** Confirms a task waiting in Midjourney's dialog; the key in the input makes a double tap one request. */
export const useSubmitModal = (taskId: string) =>
  useCreateTask<SubmitModalInput>(`${taskPath(taskId)}/modal`);
/** The same, for a task known only after the hook was made (a press whose confirmation failed names it). */
export function useConfirmWaitingTask() {
  return useMutation({
    mutationFn: ({ taskId, ...input }: SubmitModalInput & { taskId: string }) =>
      apiFetch(`${taskPath(taskId)}/modal`, { method: "POST", body: input }, TaskDto),
    retry: retryNetworkTwice,
    onSuccess: (task, _input, _result, { client }) => onTaskCreated(client, task),
  });
}
/** Abandons a waiting task (no body). Cancelling twice answers the same, so a retry needs no key. */
export const useCancelTask = (taskId: string) => useCreateTask<void>(`${taskPath(taskId)}/cancel`);
/** The same, for a task known only after the hook was made. */
export function useCancelWaitingTask() {
  return useMutation({
    mutationFn: (taskId: string) => apiFetch(`${taskPath(taskId)}/cancel`, { method: "POST" }, TaskDto),
    retry: retryNetworkTwice,
    onSuccess: (task, _input, _result, { client }) => onTaskCreated(client, task),
  });
}
/** "Find it": matches a task whose submit answer was lost to its upstream job (idempotent for one id). */
export const useAdoptTask = (taskId: string) =>
  useCreateTask<{ upstreamId: string }>(`${taskPath(taskId)}/adopt`);
