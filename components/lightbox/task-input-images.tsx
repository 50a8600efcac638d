import type { TaskDto } from "@/lib/schemas/task";

/**
 * SLOT: the task's input images (image prompt, blend sources, face and target). The task DTO does not carry them
 * yet; when it does (issue 12, references), render them here as small thumbnails with their role. Until then
 * this renders nothing, on purpose.
 */
export function TaskInputImages(_props: { task: TaskDto }) {
  return null;
}
