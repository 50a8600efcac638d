import "server-only";

import type { z } from "zod";

import type { AdmitResult } from "./engine";
import type { HandlerContext } from "./handler-context";
import {
  admissionDescription,
  instanceProperties,
  MODAL_DESCRIPTION,
  rejectionResponse,
  rejections,
  submitResponse,
} from "./respond";
import { firstIssue } from "./schemas";
import { getSettings, recordSubmit, updateSettings } from "./settings";
import type { SimBotType, SimRejection, SimTask } from "./types";

// The answers every /submit handler shares: rejections, the queue's 1 / 22 / 23, and the modal's 21.

export function reject(ctx: HandlerContext, rejection: SimRejection): Response {
  return rejectionResponse(ctx.settings, rejection);
}

/** The body read with its schema, or the proxies' code 4 naming the first bad field. */
export function parseBody<Schema extends z.ZodType>(
  ctx: HandlerContext,
  schema: Schema,
): z.output<Schema> | Response {
  const parsed = schema.safeParse(ctx.body);
  return parsed.success ? parsed.data : reject(ctx, rejections.validation(firstIssue(parsed.error)));
}

/** Who a new root task answers to: the bot the body names (Midjourney when it names none), its hook and state. */
export function originOf(body: {
  botType?: Exclude<SimBotType, "INSIGHT_FACE"> | null;
  notifyHook: string | null;
  state: string | null;
}): { botType: SimBotType; notifyHook: string | null; state: string | null } {
  return { botType: body.botType ?? "MID_JOURNEY", notifyHook: body.notifyHook, state: body.state };
}

/** Queues a new task built from `input`, lasting the job length the settings give now. */
export function admitBuilt<Input>(
  ctx: HandlerContext,
  build: (input: Input, id: string, now: number, durationMs: number) => SimTask,
  input: Input,
): Promise<Response> {
  const durationMs = ctx.settings.durationMs;
  return admitNew(ctx, (id, now) => build(input, id, now, durationMs));
}

/** Turns the queue's decision into code 1 / 22 / 23. */
export function admitted(ctx: HandlerContext, result: AdmitResult): Response {
  if (!result.task || result.admission.kind === "full") return reject(ctx, rejections.queueFull());
  const properties = instanceProperties(ctx.settings.profile);
  if (result.admission.kind === "queue") properties.numberOfQueues = result.admission.position;
  return submitResponse(ctx.settings, {
    code: result.admission.kind === "queue" ? 22 : 1,
    description: admissionDescription(result.admission),
    result: result.task.id,
    properties,
  });
}

/** Admits a new task through the queue, counting it as a submit when it was created. */
export async function admitNew(
  ctx: HandlerContext,
  build: (id: string, now: number) => SimTask,
): Promise<Response> {
  const result = await ctx.runtime.engine.admit(build);
  if (!result.task) return admitted(ctx, result);
  recordSubmit();
  return loseAnswerIfAsked() ?? admitted(ctx, result);
}

/**
 * The "lost answer" fault: the submit above was processed and will run, but the client only sees a
 * gateway error, as when a proxy in between drops the upstream's reply. null = answer normally.
 */
function loseAnswerIfAsked(): Response | null {
  const left = getSettings().loseNextSubmitAnswers;
  if (left <= 0) return null;
  updateSettings({ loseNextSubmitAnswers: left - 1 });
  return new Response("<html><head><title>502 Bad Gateway</title></head><body>upstream reset</body></html>", {
    status: 502,
    headers: { "content-type": "text/html" },
  });
}

/** Creates a MODAL task (no queue slot) and answers code 21 with the prompt the dialog is pre-filled with. */
export async function openModal(
  ctx: HandlerContext,
  build: (id: string, now: number) => SimTask,
  finalPrompt: (task: SimTask) => string,
): Promise<Response> {
  const task = await ctx.runtime.engine.createModal((id, now) => ({
    ...build(id, now),
    submitDescription: MODAL_DESCRIPTION,
  }));
  recordSubmit();
  const lost = loseAnswerIfAsked();
  if (lost) return lost;
  // new-api passes code 21 through only for Inpaint and Custom Zoom; any other dialog (remix, PicReader…)
  // arrives as plain success and the client must notice the MODAL status when it polls (mj-api.md 9).
  const aggregatorHides21 =
    ctx.settings.profile === "aggregator" && task.modalKind !== "Inpaint" && task.modalKind !== "CustomZoom";
  return submitResponse(ctx.settings, {
    code: aggregatorHides21 ? 1 : 21,
    description: MODAL_DESCRIPTION,
    result: task.id,
    properties: { finalPrompt: finalPrompt(task), remix: true },
  });
}
