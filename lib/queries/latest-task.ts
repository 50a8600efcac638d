// The freshest copy of one task among what the browser already holds (gallery pages, task details, the latest
// changes answer): lets a form follow the task it created without polling anything itself.
import type { QueryClient } from "@tanstack/react-query";

import type { ChangesPollDto, TaskDetailDto, TaskDto } from "@/lib/schemas/task";

import type { TaskPages } from "./task-cache";
import { taskKeys } from "./tasks";

/** Every cached copy of the task `id`, in no particular order. */
export function cachedVersionsOf(client: QueryClient, id: string): TaskDto[] {
  const versions: TaskDto[] = [];
  for (const [, data] of client.getQueriesData<TaskPages>({ queryKey: taskKeys.lists() })) {
    for (const page of data?.pages ?? []) versions.push(...page.items.filter((task) => task.id === id));
  }
  const detail = client.getQueryData<TaskDetailDto>(taskKeys.detail(id));
  if (detail) versions.push(detail);
  const changes = client.getQueryData<ChangesPollDto>(taskKeys.changes());
  versions.push(...(changes?.items.filter((task) => task.id === id) ?? []));
  return versions;
}

/** The most recently updated of `known` and `versions`; `known` itself when nothing is newer (stable identity). */
export function newestVersion(known: TaskDto, versions: readonly TaskDto[]): TaskDto {
  let newest = known;
  for (const version of versions) if (version.updatedAt > newest.updatedAt) newest = version;
  return newest;
}
