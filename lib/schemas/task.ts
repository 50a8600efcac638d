// The task DTO: what our API returns and the browser renders. No vendor field names beyond what the UI needs.
import { z } from "zod";

import { TaskInputDto } from "./reference";

export const taskStatuses = [
  "submitting",
  // The submit's answer was lost (5xx, reset, timeout): the upstream may have the job. The tracker looks
  // for it by `state`; it is never resent.
  "checking",
  "queued",
  "submitted",
  "running",
  "modal",
  "succeeded",
  "failed",
  "cancelled",
] as const;
export const TaskStatus = z.enum(taskStatuses);
export type TaskStatus = z.infer<typeof TaskStatus>;

export const terminalStatuses: readonly TaskStatus[] = ["succeeded", "failed", "cancelled"];
export const isTerminalStatus = (s: TaskStatus): boolean => terminalStatuses.includes(s);

export const BotType = z.enum(["MID_JOURNEY", "NIJI_JOURNEY"]);
export type BotType = z.infer<typeof BotType>;

export const SpeedMode = z.enum(["fast", "relax", "turbo"]);
export type SpeedMode = z.infer<typeof SpeedMode>;

/** A button the upstream offers on a finished task. `customId` is opaque and passed back verbatim. */
export const TaskButtonDto = z.object({
  customId: z.string(),
  label: z.string(),
  emoji: z.string(),
});
export type TaskButtonDto = z.infer<typeof TaskButtonDto>;

export const ImageRefDto = z.object({
  url: z.string(),
  width: z.number().int().nullable(),
  height: z.number().int().nullable(),
});
export type ImageRefDto = z.infer<typeof ImageRefDto>;

export const TaskLinkDto = z.object({
  id: z.string(),
  /** Whose it is: lineage crosses members (B upscales A's grid). */
  author: z.object({ id: z.string(), name: z.string() }).nullable(),
  action: z.string(),
  status: TaskStatus,
  buttonLabel: z.string().nullable(),
  thumbnail: z.string().nullable(),
});
export type TaskLinkDto = z.infer<typeof TaskLinkDto>;

/** The text results of DESCRIBE (four prompts) and SHORTEN (five shortened prompts), in the bot's order. */
export const TaskResultsDto = z.object({ prompts: z.array(z.string()) });
export type TaskResultsDto = z.infer<typeof TaskResultsDto>;

/** A member as other members see them: no email, no role. */
export const MemberRefDto = z.object({ id: z.string(), name: z.string() });
export type MemberRefDto = z.infer<typeof MemberRefDto>;

/**
 * Why a finished task has no stored image: the upstream's download failed, our storage refused the write, or
 * the upstream's link has expired. `retryAt` is the next automatic try; null once the studio stopped trying.
 */
export const ImageProblemDto = z.object({
  kind: z.enum(["download", "storage", "expired"]),
  retryAt: z.string().nullable(),
});
export type ImageProblemDto = z.infer<typeof ImageProblemDto>;

/**
 * One clip of a VIDEO task (1, 2 or 4 of them): where to play it (served with HTTP ranges), its still, and its size.
 * `n` is 1-based and matches the task's video U1–U4 buttons.
 */
export const TaskVideoDto = z.object({
  n: z.number().int().min(1).max(4),
  url: z.string(),
  /** The same file as an attachment with a readable name. */
  downloadUrl: z.string(),
  /** This clip's still; null when the upstream gave none (the task's thumbnail stands in). */
  poster: z.string().nullable(),
  mimeType: z.string(),
  bytes: z.number().int().nonnegative(),
});
export type TaskVideoDto = z.infer<typeof TaskVideoDto>;

export const TaskDto = z.object({
  id: z.string(),
  /** Who started it; null only for history recorded before accounts existed. */
  author: MemberRefDto.nullable(),
  /** Starred by the member reading this (favorites are per person). */
  favorite: z.boolean(),
  /** Soft-deleted: the live feed sends this so other open galleries drop the card. */
  deleted: z.boolean(),
  upstreamId: z.string().nullable(),
  action: z.string(),
  status: TaskStatus,
  progress: z.number().int().min(0).max(100).nullable(),
  prompt: z.string(),
  finalPrompt: z.string().nullable(),
  botType: BotType,
  mode: SpeedMode.nullable(),
  queuePosition: z.number().int().nullable(),
  failCode: z.string().nullable(),
  failReason: z.string().nullable(),
  bannedWord: z.string().nullable(),
  referenceCount: z.number().int(),
  buttonLabel: z.string().nullable(),
  buttons: z.array(TaskButtonDto),
  parentId: z.string().nullable(),
  image: ImageRefDto.nullable(),
  thumbnail: ImageRefDto.nullable(),
  preview: ImageRefDto.nullable(),
  imageBytes: z.number().int().nullable(),
  imageProblem: ImageProblemDto.nullable(),
  /** A VIDEO task's stored clips, in the upstream's order; [] for images and for videos not stored yet. */
  videos: z.array(TaskVideoDto).max(4).default([]),
  submittedAt: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  updatedAt: z.string(),
  results: TaskResultsDto.nullable(),
  /** The image seed once someone asked for it (GET /api/tasks/:id/seed), else null. */
  seed: z.string().nullable(),
  /**
   * The buttons (customIds) already pressed on this task by its children, so the gallery marks U1 / V2 as used.
   * Sent by the list and changes paths; absent elsewhere (a single submit's answer), where it is not known.
   */
  usedButtons: z.array(z.string().max(200)).max(50).optional(),
});
export type TaskDto = z.infer<typeof TaskDto>;

/** The detail view adds lineage. */
export const TaskDetailDto = TaskDto.extend({
  parent: TaskLinkDto.nullable(),
  children: z.array(TaskLinkDto),
  /** Every input image (references with roles and weights, blend sources, face and target…), in order. */
  inputs: z.array(TaskInputDto).default([]),
});
export type TaskDetailDto = z.infer<typeof TaskDetailDto>;

export const TaskPageDto = z.object({
  items: z.array(TaskDto),
  nextCursor: z.string().nullable(),
});
export type TaskPageDto = z.infer<typeof TaskPageDto>;

export const TaskChangesDto = z.object({
  items: z.array(TaskDto),
  /** Ids of tasks that left the gallery (moved to the trash): only the id, never their content. */
  removed: z.array(z.string()),
  /** Pass back as `since` on the next poll. */
  cursor: z.string(),
});
export type TaskChangesDto = z.infer<typeof TaskChangesDto>;

/** The upstream as the tracker sees it. Only our own words and a time: never anything the upstream sent. */
export const UpstreamStateDto = z.object({
  /** ISO time the tracker lost the upstream (after a couple of failed passes); null while it answers. */
  unreachableSince: z.string().datetime().nullable(),
});
export type UpstreamStateDto = z.infer<typeof UpstreamStateDto>;

/** What the browsers' live poll receives: the task changes plus the upstream's state (the outage banner). */
export const ChangesPollDto = TaskChangesDto.extend({ upstream: UpstreamStateDto });
export type ChangesPollDto = z.infer<typeof ChangesPollDto>;

export const HealthDto = z.object({
  ok: z.boolean(),
  simulator: z.boolean(),
  upstream: z.object({ baseUrlHost: z.string().nullable(), mode: z.string() }),
  database: z.boolean(),
  // Where images are kept: "local" (DATA_DIR/images) or "s3" (a bucket); never its endpoint or keys.
  storage: z.enum(["local", "s3"]),
  tracker: z.object({
    running: z.boolean(),
    activeTasks: z.number().int(),
    lastTickAt: z.string().nullable(),
    // "single": one process (SQLite) runs its own tracker. With several instances (PostgreSQL) exactly one is the
    // "leader" (it holds the tracker lock); the others are "follower"s, whose tracker is not running by design.
    role: z.enum(["single", "leader", "follower"]),
  }),
  version: z.string(),
});
export type HealthDto = z.infer<typeof HealthDto>;

/** What anyone may learn without signing in: whether the studio answers, nothing about its setup. */
export const PublicHealthDto = z.strictObject({ status: z.enum(["up", "down"]) });
export type PublicHealthDto = z.infer<typeof PublicHealthDto>;
