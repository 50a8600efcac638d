import "server-only";

import { isTerminalStatus, type TaskStatus } from "@/lib/schemas/task";
import type { UpstreamStatus, UpstreamTask } from "@/lib/server/mj";
import { serializeUpstreamVideos } from "@/lib/server/storage/task-videos";

/** The slice of a stored task the tracker's decisions depend on. */
export interface TrackedTask {
  status: TaskStatus;
  action: string;
  progress: number | null;
  upstreamImageUrl: string | null;
  /** A VIDEO task's clip links as last seen (JSON, storage/task-videos.ts); null for everything else. */
  upstreamVideos?: string | null;
  finalPrompt: string | null;
  lastChangeAt: Date;
  missingSince: Date | null;
  startedAt: Date | null;
}

export interface TrackerLimits {
  /** A task that shows no change for this long is failed as STALLED. */
  stallLimitMs: number;
  /** A task the upstream stops knowing about for this long is failed as VANISHED. */
  vanishGraceMs: number;
}

export interface TaskPatch {
  status?: TaskStatus;
  action?: string;
  progress?: number | null;
  queuePosition?: number | null;
  finalPrompt?: string | null;
  promptEn?: string | null;
  upstreamImageUrl?: string | null;
  upstreamVideos?: string | null;
  buttons?: string;
  failCode?: string | null;
  failReason?: string | null;
  startedAt?: Date | null;
  finishedAt?: Date | null;
  lastChangeAt?: Date;
  missingSince?: Date | null;
  lastSyncedAt: Date;
  rawUpstream?: string;
}

export interface Decision {
  patch: TaskPatch;
  /** Download the final image (on success) or the progress preview (while running). */
  fetchFinalImage: string | null;
  fetchPreview: string | null;
}

const STATUS_MAP: Record<UpstreamStatus, TaskStatus | null> = {
  NOT_START: "queued",
  SUBMITTED: "submitted",
  IN_PROGRESS: "running",
  MODAL: "modal",
  SUCCESS: "succeeded",
  FAILURE: "failed",
  CANCEL: "cancelled",
  UNKNOWN: null,
};

// Aggregators relabel tasks with bookkeeping names; the studio keeps its own action for those.
const BOOKKEEPING_ACTIONS = new Set(["", "MODAL", "ACTION"]);

export function mapUpstreamStatus(status: UpstreamStatus): TaskStatus | null {
  return STATUS_MAP[status];
}

/** Pure: what one observation of the upstream (or its silence) does to a tracked task. */
export function decide(
  task: TrackedTask,
  observed: UpstreamTask | null,
  now: Date,
  limits: TrackerLimits,
): Decision {
  const none: Decision = { patch: { lastSyncedAt: now }, fetchFinalImage: null, fetchPreview: null };
  if (isTerminalStatus(task.status)) return none;

  if (!observed) {
    if (!task.missingSince) return { ...none, patch: { lastSyncedAt: now, missingSince: now } };
    if (now.getTime() - task.missingSince.getTime() < limits.vanishGraceMs) return none;
    return fail(
      now,
      "VANISHED",
      "The upstream no longer knows this task; it may have been purged or the account changed.",
    );
  }

  const status = mapUpstreamStatus(observed.status) ?? task.status;
  const progress = status === "succeeded" ? 100 : (observed.progress ?? task.progress);
  const imageUrl = posterUrlOf(observed) ?? task.upstreamImageUrl;
  const changed = status !== task.status || progress !== task.progress || imageUrl !== task.upstreamImageUrl;

  // A task in Midjourney's dialog waits for a person, not for the upstream: it never stalls (it can be cancelled).
  if (!changed && status !== "modal" && now.getTime() - task.lastChangeAt.getTime() >= limits.stallLimitMs) {
    const minutes = Math.round(limits.stallLimitMs / 60_000);
    return fail(now, "STALLED", `No progress from the upstream for ${minutes} minutes.`);
  }

  const terminal = isTerminalStatus(status);
  const patch: TaskPatch = {
    lastSyncedAt: now,
    missingSince: null,
    status,
    progress,
    queuePosition: status === "queued" ? undefined : null,
    upstreamImageUrl: imageUrl,
    finalPrompt: observed.finalPrompt ?? task.finalPrompt,
    promptEn: observed.promptEn,
    startedAt: observed.startTime ?? task.startedAt,
    finishedAt: terminal ? (observed.finishTime ?? now) : null,
    rawUpstream: safeJson(observed.raw),
  };
  if (changed) patch.lastChangeAt = now;
  if (!BOOKKEEPING_ACTIONS.has(observed.action)) patch.action = observed.action;
  if (observed.buttons) patch.buttons = JSON.stringify(observed.buttons);
  // Clips are stored with the final image (tracker/videos.ts), which reads their links from the row.
  const videos = serializeUpstreamVideos(observed.videos.map((v) => ({ url: v.url, poster: v.posterUrl })));
  if (videos) patch.upstreamVideos = videos;
  if (status === "failed") {
    patch.failCode = isBannedWordFailure(observed.failReason) ? "BANNED_PROMPT" : "UPSTREAM_FAILURE";
    patch.failReason = observed.failReason || "The upstream reported a failure without a reason.";
  }
  return {
    patch,
    fetchFinalImage: status === "succeeded" && imageUrl ? imageUrl : null,
    fetchPreview: status === "running" && imageUrl && imageUrl !== task.upstreamImageUrl ? imageUrl : null,
  };
}

/**
 * The still to keep as the task's image. For a video that is its poster: `imageUrl` when it is a picture, else the
 * main clip's thumbnail. Some relays put the mp4 itself in `imageUrl`; downloading that as an image fails every
 * time ("expected an image, got video/mp4"), so a link that is one of the clips is never taken for the poster.
 */
const VIDEO_FILE_URL = /\.(?:mp4|webm|mov)(?:[?#]|$)/i;

export function posterUrlOf(observed: Pick<UpstreamTask, "imageUrl" | "videos">): string | null {
  const clipUrls = new Set(observed.videos.map((video) => video.url));
  const image = observed.imageUrl;
  if (image && !clipUrls.has(image) && !VIDEO_FILE_URL.test(image)) return image;
  return observed.videos.find((video) => video.posterUrl)?.posterUrl ?? null;
}

// TRUE reports a prompt refused for a banned word after acceptance as a FAILURE task whose only
// mark is this Chinese text ("may contain sensitive words"); treat it like a code-24 refusal so the
// user is told, in their language, that a banned word is the reason.
const BANNED_WORD_FAILURE = /敏感词/;

export function isBannedWordFailure(failReason: string | null | undefined): boolean {
  return Boolean(failReason && BANNED_WORD_FAILURE.test(failReason));
}

function fail(now: Date, failCode: string, failReason: string): Decision {
  return {
    patch: { lastSyncedAt: now, status: "failed", failCode, failReason, finishedAt: now, lastChangeAt: now },
    fetchFinalImage: null,
    fetchPreview: null,
  };
}

function safeJson(raw: unknown): string | undefined {
  try {
    return JSON.stringify(raw)?.slice(0, 20_000);
  } catch {
    return undefined;
  }
}
