// Task state → message keys (namespaces "status", "failCodes", "actions"). Pure, so the wording is unit-tested.
import type { TaskDto, TaskStatus } from "@/lib/schemas/task";

export interface Words<K extends string> {
  key: K;
  values?: Record<string, string | number>;
}

export type StatusKey = TaskStatus | "queuedPosition" | "runningProgress";

export function statusWords(task: Pick<TaskDto, "status" | "progress" | "queuePosition">): Words<StatusKey> {
  if (task.status === "queued" && task.queuePosition !== null && task.queuePosition > 0) {
    return { key: "queuedPosition", values: { position: task.queuePosition } };
  }
  if (task.status === "running" && task.progress !== null) {
    return { key: "runningProgress", values: { progress: task.progress } };
  }
  return { key: task.status };
}

const failCodes = [
  "BANNED_PROMPT",
  "UPSTREAM_FAILURE",
  "VANISHED",
  "STALLED",
  "SUBMIT_INTERRUPTED",
  "SUBMIT_UNCERTAIN",
  "UPSTREAM_REJECTED",
] as const;
export type FailCodeKey = (typeof failCodes)[number] | "unknown";

/** Words for why a task failed; null for tasks that did not fail or carry no code. */
export function failCodeWords(task: Pick<TaskDto, "status" | "failCode">): Words<FailCodeKey> | null {
  if ((task.status !== "failed" && task.status !== "cancelled") || !task.failCode) return null;
  const known = failCodes.find((code) => code === task.failCode);
  return known ? { key: known } : { key: "unknown", values: { code: task.failCode } };
}

/** The actions that have words of their own. */
export const ACTION_KEYS = [
  "IMAGINE",
  "UPSCALE",
  "UPSCALE_HD",
  "VARIATION",
  "REROLL",
  "ZOOM",
  "PAN",
  "BLEND",
  "DESCRIBE",
  "SHORTEN",
  "VIDEO",
  "SWAP_FACE",
  "EDIT",
  "RETEXTURE",
  // The aggregator's label for an edit (mj-api.md 6.2); the façade reads it as EDIT, older rows may still say it.
  "EDITS",
] as const;
export type ActionKey = (typeof ACTION_KEYS)[number];

/** Upstream actions are an open set; unknown ones are shown as they come. */
export function actionKey(action: string): ActionKey | null {
  return ACTION_KEYS.find((a) => a === action) ?? null;
}

/** The badge of a child task: the pressed button's label ("U2", "V3") or else its action. */
export function childBadge(
  task: Pick<TaskDto, "parentId" | "buttonLabel" | "action">,
): { label: string } | { action: string } | null {
  if (!task.parentId && task.action === "IMAGINE") return null;
  if (task.buttonLabel) return { label: task.buttonLabel };
  return { action: task.action };
}
