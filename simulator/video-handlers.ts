import "server-only";

import sharp from "sharp";

import type { HandlerContext } from "./handler-context";
import { findBannedWord } from "./prompt";
import { rejections } from "./respond";
import { VideoBody } from "./schemas";
import { admitBuilt, admitNew, originOf, parseBody, reject } from "./submit-common";
import { loadParent } from "./submit-handlers";
import { type AspectRatio, isRejection } from "./types";
import { buildExtendTask, buildVideoTask } from "./video-builders";
import { DEFAULT_BATCH_SIZE } from "./video-clips";

// POST /mj/submit/video (mj-api.md 4.11): animate a start frame, or (`action: "extend"`) continue a clip of a
// finished VIDEO task. Switched off (settings.video false) it answers like TRUE without video enabled.

const ATTACHMENT_TASK = /\/attachments\/(\d{1,20})\/[^/?]+/;
const DATA_URL = /^data:image\/[a-z]+;base64,(.+)$/s;

/** The start frame's shape when the simulator can tell cheaply: one of its own pictures, or a data URL. */
async function frameAspect(ctx: HandlerContext, image: string): Promise<AspectRatio | null> {
  const own = ATTACHMENT_TASK.exec(image)?.[1];
  if (own) return ctx.runtime.store.get(own)?.render.aspect ?? null;
  const data = DATA_URL.exec(image)?.[1];
  if (!data) return null;
  try {
    const { width, height } = await sharp(Buffer.from(data, "base64")).metadata();
    return width && height ? { w: width, h: height } : null;
  } catch {
    return null;
  }
}

export async function submitVideo(ctx: HandlerContext): Promise<Response> {
  if (!ctx.settings.video) return reject(ctx, rejections.videoDisabled());
  const body = parseBody(ctx, VideoBody);
  if (body instanceof Response) return body;
  const banned = findBannedWord(body.prompt);
  if (banned) return reject(ctx, rejections.banned(body.prompt, banned));
  const motion = body.motion ?? "low";
  const batchSize = body.batchSize ?? DEFAULT_BATCH_SIZE;
  const { notifyHook, state } = body;

  if (body.action === "extend") {
    if (!body.taskId) return reject(ctx, rejections.validation("taskId不能为空"));
    if (body.index === null || body.index === undefined)
      return reject(ctx, rejections.validation("index参数错误"));
    const index = body.index;
    const parent = await loadParent(ctx, body.taskId);
    if (isRejection(parent)) return reject(ctx, parent);
    // Only a video can be extended, and only a clip it has.
    if (!parent.video) return reject(ctx, rejections.taskState());
    if (index >= parent.video.clips) return reject(ctx, rejections.validation("index参数错误"));
    const durationMs = ctx.settings.durationMs;
    const input = { prompt: body.prompt, motion, batchSize, index, notifyHook, state };
    return admitNew(ctx, (id, now) => buildExtendTask(parent, input, id, now, durationMs));
  }

  if (!body.image) return reject(ctx, rejections.validation("image不能为空"));
  return admitBuilt(ctx, buildVideoTask, {
    ...originOf(body),
    prompt: body.prompt,
    motion,
    loop: body.loop ?? false,
    batchSize,
    hd: body.videoType === "vid_1.1_i2v_720",
    aspect: await frameAspect(ctx, body.image),
  });
}
