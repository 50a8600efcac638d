import "server-only";

import { buttonsFor } from "./buttons";
import { SIM_INSTANCE_ID, SIM_USER_ID } from "./ids";
import { attachmentUrl } from "./images";
import { previewShownSince, reachedProgress } from "./lifecycle";
import { getSettings } from "./settings";
import type { SimButton, SimProfile, SimTask } from "./types";
import { clipName, clipPosterName } from "./video-clips";

// The Task object as each profile puts it on the wire (mj-api.md 5; aggregator view 11.9).

export interface ViewContext {
  profile: SimProfile;
  /** `http://host:port/sim` */
  baseUrl: string;
  secret: string;
  ttlSeconds: number;
  now: number;
}

/** The aggregator shows an unsynced task (status "") until its first upstream poll. */
export const AGGREGATOR_SYNC_DELAY_MS = 1000;

/** A finished VIDEO task's clips: `{url, thumbnail}` each, signed from when they appeared like its poster. */
function videoLinks(task: SimTask, ctx: ViewContext): { url: string; thumbnail: string }[] {
  const { images, video, finishTime } = task;
  if (!images || !video || task.status !== "SUCCESS" || finishTime === null) return [];
  const link = (name: string) =>
    attachmentUrl(ctx.baseUrl, ctx.secret, { taskId: task.id, name }, finishTime, ctx.ttlSeconds);
  return Array.from({ length: video.clips }, (_, i) => ({
    url: link(clipName(images, i)),
    thumbnail: link(clipPosterName(images, i)),
  }));
}

function imageUrlOf(task: SimTask, ctx: ViewContext): string | null {
  if (!task.images) return null;
  // Signed from the moment the image appeared, so a link's lifetime does not restart on every poll.
  const link = (name: string, signedAt: number) =>
    attachmentUrl(ctx.baseUrl, ctx.secret, { taskId: task.id, name }, signedAt, ctx.ttlSeconds);
  if (task.status === "SUCCESS" && task.finishTime !== null)
    return link(task.images.final.name, task.finishTime);
  // A failed or cancelled job keeps the last preview it showed, like the real proxies. Each progress step is a
  // new link (signed when the step began), as each Discord edit brings a new attachment.
  const previewSince = previewShownSince(task, ctx.now);
  if (previewSince !== null && reachedProgress(task) && task.status !== "SUCCESS")
    return link(task.images.preview.name, previewSince);
  return null;
}

/**
 * Describe / shorten results appear only when the bot has replied; before that `finalPrompt` is what was sent.
 * A finished describe also shows its prompts as `prompt`/`promptEn` (PLUS/TRUE/OSS all do, mj-api.md 4.6).
 */
function textFields(task: SimTask): { prompt: string; promptEn: string; finalPrompt: string } {
  const done = task.status === "SUCCESS" && task.resultText !== undefined;
  const finalPrompt = done ? (task.resultText ?? "") : task.finalPrompt;
  if (done && task.action === "DESCRIBE") return { prompt: finalPrompt, promptEn: finalPrompt, finalPrompt };
  return { prompt: task.prompt, promptEn: task.promptEn, finalPrompt };
}

/**
 * The buttons a task offers (what /submit/action accepts), whether or not the profile shows them. Animate is
 * offered only while the operator has video enabled, as a real proxy hides what it cannot run.
 */
export function taskButtons(task: SimTask, video = getSettings().video): SimButton[] {
  if (task.status !== "SUCCESS") return [];
  const square = task.render.aspect.w === task.render.aspect.h;
  return buttonsFor(task.imageKind, task.version, task.messageHash, square, {
    video,
    clips: task.video?.clips,
  });
}

function nativeProperties(task: SimTask, oss: boolean): Record<string, unknown> {
  const props: Record<string, unknown> = {
    // The hook is the studio's callback URL with its notify token in the query; whoever reads a task must not
    // learn it (mj-api.md 5 allows null: the proxies only echo what they were sent).
    notifyHook: null,
    nonce: task.nonce,
    discordInstanceId: SIM_INSTANCE_ID,
    ...(oss ? {} : { discordChannelId: SIM_INSTANCE_ID, botType: task.botType }),
    finalPrompt: textFields(task).finalPrompt,
  };
  if (task.customId && !oss) props.customId = task.customId;
  if (reachedProgress(task)) {
    props.messageHash = task.messageHash;
    props.progressMessageId = task.messageId;
  }
  if (task.status === "SUCCESS") {
    props.messageId = task.messageId;
    props.flags = 0;
    if (!oss) props.messageContent = `**${textFields(task).finalPrompt}** - <@${SIM_USER_ID}> (fast)`;
  }
  return props;
}

function nativeView(task: SimTask, ctx: ViewContext): Record<string, unknown> {
  const oss = ctx.profile === "oss";
  const done = task.status === "SUCCESS";
  const text = textFields(task);
  const view: Record<string, unknown> = {
    id: task.id,
    action: task.action,
    status: task.status,
    prompt: text.prompt,
    promptEn: text.promptEn,
    description: task.description,
    state: task.state,
    submitTime: task.submitTime,
    startTime: task.startTime,
    finishTime: task.finishTime,
    progress: task.progress,
    imageUrl: imageUrlOf(task, ctx),
    failReason: task.failReason,
    properties: nativeProperties(task, oss),
  };
  // TRUE's video fields, only on VIDEO tasks (PLUS-shaped image tasks carry none).
  if (task.video && !oss) {
    const clips = videoLinks(task, ctx);
    view.videoUrl = clips[0]?.url ?? null;
    view.videoUrls = clips;
  }
  if (!oss) {
    view.botType = task.botType;
    view.imageWidth = done ? (task.images?.final.width ?? null) : null;
    view.imageHeight = done ? (task.images?.final.height ?? null) : null;
    view.buttons = taskButtons(task);
  }
  return view;
}

function aggregatorView(task: SimTask, ctx: ViewContext): Record<string, unknown> {
  const synced = ctx.now - task.submitTime >= AGGREGATOR_SYNC_DELAY_MS;
  const status = synced ? task.status : "";
  let progress = synced ? (task.progress ?? "0%") : "0%";
  if (status === "FAILURE") progress = "100%";
  const text = textFields(task);
  return {
    id: task.id,
    action: task.action,
    customId: "",
    botType: "",
    prompt: text.prompt,
    promptEn: text.promptEn,
    description: task.submitDescription,
    state: task.state ?? "",
    submitTime: task.submitTime,
    startTime: synced ? (task.startTime ?? 0) : 0,
    finishTime: synced ? (task.finishTime ?? 0) : 0,
    imageUrl: synced ? (imageUrlOf(task, ctx) ?? "") : "",
    // Newer new-api relays the clips as `[{url}]`, without thumbnails (mj-api.md 5.2).
    videoUrl: synced ? (videoLinks(task, ctx)[0]?.url ?? "") : "",
    videoUrls: synced ? videoLinks(task, ctx).map(({ url }) => ({ url })) : [],
    status,
    progress,
    failReason: synced ? (task.failReason ?? "") : "",
    buttons: synced && task.status === "SUCCESS" ? taskButtons(task) : null,
    maskBase64: "",
    properties: synced ? { finalPrompt: text.finalPrompt, finalZhPrompt: "" } : null,
  };
}

export function presentTask(task: SimTask, ctx: ViewContext): Record<string, unknown> {
  return ctx.profile === "aggregator" ? aggregatorView(task, ctx) : nativeView(task, ctx);
}
