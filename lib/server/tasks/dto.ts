import "server-only";

import type { Task } from "@/lib/generated/prisma/client";
import { clipDisplayName } from "@/lib/schemas/display-name";
import {
  BotType,
  type ImageProblemDto,
  type ImageRefDto,
  SpeedMode,
  TaskButtonDto,
  TaskDto,
  type TaskLinkDto,
  TaskStatus,
  type TaskVideoDto,
} from "@/lib/schemas/task";
import { parseStoredVideos } from "@/lib/server/storage/task-videos";
import { parseImageProblem } from "@/lib/server/tracker/image-retry";

import { effectiveButtons } from "./legacy";
import { taskResults } from "./result-prompts";

const ButtonList = TaskButtonDto.array();

/** Buttons are stored as JSON text; a corrupt value renders as "no buttons" rather than breaking the page. */
export function parseStoredButtons(json: string): TaskButtonDto[] {
  try {
    const parsed = ButtonList.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

/** The buttons a task offers: the upstream's, or the synthesised legacy grid set (see legacy.ts). */
export function offeredButtons(
  task: Pick<Task, "status" | "action" | "upstreamId" | "buttons">,
): TaskButtonDto[] {
  return effectiveButtons({ ...task, buttons: parseStoredButtons(task.buttons) });
}

export function imageUrls(task: Pick<Task, "id" | "imagePath" | "thumbPath" | "previewPath">) {
  // Paths embed a content version so the URLs can be cached forever.
  return {
    original: task.imagePath ? `/api/images/${task.id}/original?v=${versionOf(task.imagePath)}` : null,
    thumb: task.thumbPath ? `/api/images/${task.id}/thumb?v=${versionOf(task.thumbPath)}` : null,
    preview: task.previewPath ? `/api/images/${task.id}/preview?v=${versionOf(task.previewPath)}` : null,
  };
}

function versionOf(storedPath: string): string {
  return encodeURIComponent(storedPath.split("/").pop() ?? "0");
}

function ref(url: string | null, width: number | null, height: number | null): ImageRefDto | null {
  return url ? { url, width, height } : null;
}

/** A task row, with its author when the query included it (see `withAuthor`). */
export type TaskRow = Task & { author?: { id: string; name: string } | null };

/** Prisma `include` that every DTO-producing query uses, so cards always carry their author. */
export const withAuthor = { author: { select: { id: true, name: true } } } as const;

/** What depends on who is reading: their own stars. */
export interface TaskViewerContext {
  favoriteIds?: ReadonlySet<string>;
  /** From `usedButtonsOf`: when given, every task gets its (possibly empty) list. */
  usedButtons?: ReadonlyMap<string, string[]>;
}

export function toTaskDto(task: TaskRow, viewer: TaskViewerContext = {}): TaskDto {
  const urls = imageUrls(task);
  return TaskDto.parse({
    id: task.id,
    author: task.author ? { id: task.author.id, name: clipDisplayName(task.author.name) } : null,
    favorite: viewer.favoriteIds?.has(task.id) ?? false,
    deleted: task.deletedAt !== null,
    upstreamId: task.upstreamId,
    action: task.action,
    status: TaskStatus.catch("failed").parse(task.status),
    progress: task.progress,
    prompt: task.prompt,
    finalPrompt: task.finalPrompt,
    botType: BotType.catch("MID_JOURNEY").parse(task.botType),
    mode: task.mode ? SpeedMode.catch("fast").parse(task.mode) : null,
    queuePosition: task.queuePosition,
    failCode: task.failCode,
    failReason: task.failReason,
    bannedWord: task.bannedWord,
    referenceCount: task.referenceCount,
    buttonLabel: task.buttonLabel,
    buttons: offeredButtons(task),
    parentId: task.parentId,
    image: ref(urls.original, task.imageWidth, task.imageHeight),
    thumbnail: ref(urls.thumb, task.thumbWidth, task.thumbHeight),
    preview: ref(urls.preview, null, null),
    imageBytes: task.imageBytes,
    imageProblem: imageProblemOf(task),
    videos: videoDtos(task),
    submittedAt: task.submittedAt.toISOString(),
    startedAt: task.startedAt?.toISOString() ?? null,
    finishedAt: task.finishedAt?.toISOString() ?? null,
    updatedAt: task.updatedAt.toISOString(),
    results: taskResults(task),
    seed: task.seed,
    ...(viewer.usedButtons ? { usedButtons: viewer.usedButtons.get(task.id) ?? [] } : {}),
  });
}

export function toTaskLinkDto(task: TaskRow): TaskLinkDto {
  return {
    id: task.id,
    author: task.author ? { id: task.author.id, name: clipDisplayName(task.author.name) } : null,
    action: task.action,
    status: TaskStatus.catch("failed").parse(task.status),
    buttonLabel: task.buttonLabel,
    thumbnail: imageUrls(task).thumb,
  };
}

/** Only a finished task still without its image has a problem worth telling (in our words, never the raw error). */
function imageProblemOf(task: TaskRow): ImageProblemDto | null {
  const kind = parseImageProblem(task.imageError);
  if (task.imagePath || task.status !== "succeeded" || kind === null) return null;
  return { kind, retryAt: task.imageRetryAt?.toISOString() ?? null };
}

/** A VIDEO task's stored clips as URLs (content-versioned like the images', so they can be cached forever). */
export function videoDtos(task: Pick<Task, "id" | "videos" | "videoMime">): TaskVideoDto[] {
  return parseStoredVideos(task.videos).map((video, index) => {
    const n = index + 1;
    const url = `/api/videos/${task.id}/${n}?v=${versionOf(video.path)}`;
    return {
      n,
      url,
      downloadUrl: `${url}&download=1`,
      poster: video.posterPath ? `/api/videos/${task.id}/${n}/poster?v=${versionOf(video.posterPath)}` : null,
      mimeType: task.videoMime ?? "video/mp4",
      bytes: video.bytes,
    };
  });
}
