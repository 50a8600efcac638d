"use client";

import { useQuery } from "@tanstack/react-query";

import { TaskInputs } from "@/components/task/task-inputs";
import { taskQueries } from "@/lib/queries/tasks";
import type { TaskDto } from "@/lib/schemas/task";

/**
 * The task's input images (references, blend sources, face and target) in the lightbox. The gallery's list
 * carries no inputs (most tasks have none and the list stays small), so the viewer reads the task's detail,
 * only for tasks that had any. Its own section heading and roles come with it.
 */
export function TaskInputImages({ task }: { task: TaskDto }) {
  // Every submit that took images (imagine references, describe, blend, face swap) counts them here.
  const hasInputs = task.referenceCount > 0;
  const detail = useQuery({ ...taskQueries.detail(task.id), enabled: hasInputs });
  if (!hasInputs || !detail.data) return null;
  return <TaskInputs task={detail.data} />;
}
