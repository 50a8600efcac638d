import "server-only";

import { applyModalPrompt, buildChildTask, buildImagineTask, type ChildInput } from "./builders";
import { modalKindOf, parseCustomId, type ParsedCustomId } from "./buttons";
import type { HandlerContext } from "./handler-context";
import { findBannedWord, isValidCustomZoom, parsePrompt } from "./prompt";
import { rejections } from "./respond";
import { ActionBody, ChangeBody, ImagineBody, isPngDataUrl, ModalBody, SimpleChangeBody } from "./schemas";
import { admitBuilt, admitNew, admitted, openModal, originOf, parseBody, reject } from "./submit-common";
import { aggregatorKnowsCustomId, parseTextCustomId } from "./text-buttons";
import { pressTextButton } from "./text-press";
import { isRejection, type SimRejection, type SimTask } from "./types";
import { taskButtons } from "./view";

// POST /mj/submit/{imagine,action,modal,change,simple-change}. Describe, blend, shorten and face swap live in
// media-handlers.ts, the buttons under their text replies in text-press.ts.

export async function submitImagine(ctx: HandlerContext): Promise<Response> {
  const body = parseBody(ctx, ImagineBody);
  if (body instanceof Response) return body;
  const banned = findBannedWord(body.prompt);
  if (banned) return reject(ctx, rejections.banned(body.prompt, banned));
  const referenceCount = (body.base64Array?.length ?? 0) + (body.base64 ? 1 : 0);
  return admitBuilt(ctx, buildImagineTask, { ...originOf(body), prompt: body.prompt, referenceCount });
}

/** Creates the child task of a button press: straight into the queue, or as a MODAL task for dialog buttons. */
async function pressButton(
  ctx: HandlerContext,
  parent: SimTask,
  parsed: ParsedCustomId,
  input: ChildInput,
): Promise<Response> {
  const durationMs = ctx.settings.durationMs;
  const build = (id: string, now: number) => buildChildTask(parent, parsed, input, id, now, durationMs);
  const modalKind = modalKindOf(parsed, ctx.settings.remix);
  if (modalKind) {
    return openModal(
      ctx,
      (id, now) => ({ ...build(id, now), modalKind }),
      () => parent.prompt,
    );
  }
  return admitNew(ctx, build);
}

export async function loadParent(ctx: HandlerContext, taskId: string): Promise<SimTask | SimRejection> {
  await ctx.runtime.engine.sync();
  const parent = ctx.runtime.store.get(taskId);
  if (!parent) return rejections.taskMissing();
  if (parent.status !== "SUCCESS") return rejections.taskState();
  return parent;
}

export async function submitAction(ctx: HandlerContext): Promise<Response> {
  const body = parseBody(ctx, ActionBody);
  if (body instanceof Response) return body;
  const { taskId, customId, notifyHook, state } = body;
  // The aggregator refuses what it cannot map before it even looks for the task.
  if (ctx.settings.profile === "aggregator" && !aggregatorKnowsCustomId(customId))
    return reject(ctx, rejections.unknownAction(customId));
  const parent = await loadParent(ctx, taskId);
  if (isRejection(parent)) return reject(ctx, parent);

  // With video switched off the Animate buttons vanish; pressing a remembered one gets TRUE's own refusal.
  const videoKind = parseCustomId(customId)?.kind ?? "";
  if (!ctx.settings.video && ["animate", "animate_extend", "video_upscale"].includes(videoKind))
    return reject(ctx, rejections.videoDisabled());
  const offered = taskButtons(parent).some((b) => b.customId === customId);
  if (!offered) return reject(ctx, rejections.unknownAction(customId));
  const input = { customId, notifyHook, state };
  const text = parseTextCustomId(customId);
  if (text) return pressTextButton(ctx, parent, text, input);
  const action = parseCustomId(customId);
  // ❤️ (BOOKMARK) is offered but no proxy can run it.
  if (!action || action.kind === "bookmark") return reject(ctx, rejections.unknownAction(customId));
  return pressButton(ctx, parent, action, input);
}

type ChangeAction = "UPSCALE" | "VARIATION" | "REROLL";

async function change(
  ctx: HandlerContext,
  request: {
    taskId: string;
    action: ChangeAction;
    index: number | null;
    notifyHook: string | null;
    state: string | null;
  },
): Promise<Response> {
  const parent = await loadParent(ctx, request.taskId);
  if (isRejection(parent)) return reject(ctx, parent);
  // The legacy U/V/R buttons exist only on grids.
  if (parent.imageKind !== "grid") return reject(ctx, rejections.changeNotAllowed());
  const hash = parent.messageHash;
  const customId =
    request.action === "REROLL"
      ? `MJ::JOB::reroll::0::${hash}::SOLO`
      : `MJ::JOB::${request.action === "UPSCALE" ? "upsample" : "variation"}::${request.index ?? 1}::${hash}`;
  const action = parseCustomId(customId);
  if (!action) return reject(ctx, rejections.validation("action参数错误"));
  return pressButton(ctx, parent, action, {
    customId,
    notifyHook: request.notifyHook,
    state: request.state,
    actionOverride: request.action === "REROLL" ? "REROLL" : undefined,
  });
}

export async function submitChange(ctx: HandlerContext): Promise<Response> {
  const body = parseBody(ctx, ChangeBody);
  if (body instanceof Response) return body;
  return change(ctx, { ...body, index: body.index ?? null });
}

/** `{"content": "<taskId> U2"}` — only the first digit after U/V is read, like OSS. */
export async function submitSimpleChange(ctx: HandlerContext): Promise<Response> {
  const body = parseBody(ctx, SimpleChangeBody);
  if (body instanceof Response) return body;
  const [taskId = "", op = ""] = body.content.trim().split(" ");
  const letter = op.charAt(0).toUpperCase();
  const index = Number(op.charAt(1)) || null;
  if (letter !== "R" && index === null) return reject(ctx, rejections.validation("content参数错误"));
  const action: ChangeAction = letter === "U" ? "UPSCALE" : letter === "V" ? "VARIATION" : "REROLL";
  return change(ctx, { taskId, action, index, notifyHook: body.notifyHook, state: body.state });
}

export async function submitModal(ctx: HandlerContext): Promise<Response> {
  const body = parseBody(ctx, ModalBody);
  if (body instanceof Response) return body;
  const prompt = body.prompt?.trim() || null;

  const result = await ctx.runtime.engine.confirmModal(body.taskId, (task) => {
    if (task.modalKind === "CustomZoom" && (!prompt || !isValidCustomZoom(parsePrompt(prompt).zoom))) {
      return rejections.validation("Custom Zoom 的 prompt 需要包含 --zoom，取值 1~2");
    }
    if (task.modalKind === "Inpaint") {
      if (!body.maskBase64) return rejections.validation("maskBase64不能为空");
      if (!isPngDataUrl(body.maskBase64)) return rejections.validation("maskBase64格式错误");
    }
    const banned = prompt ? findBannedWord(prompt) : null;
    if (prompt && banned) return rejections.banned(prompt, banned);
    return {
      ...applyModalPrompt(task, prompt),
      ...(body.maskBase64 ? { maskBase64: body.maskBase64 } : {}),
      notifyHook: body.notifyHook ?? task.notifyHook,
      state: body.state ?? task.state,
    };
  });
  if (isRejection(result)) return reject(ctx, result);
  return admitted(ctx, result);
}
