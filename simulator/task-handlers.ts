import "server-only";

import { type HandlerContext, present } from "./handler-context";
import { reachedProgress } from "./lifecycle";
import { json, rejectionResponse, rejections, unknownTaskResponse } from "./respond";
import { firstIssue, IdsBody } from "./schemas";
import { isRejection } from "./types";

// /mj/task/* — reads answer with bare Task JSON (mj-api.md 2.3); each read first advances the lifecycle so a
// poller always sees the state for "now".

const LIST_LIMIT = 100;

export async function fetchTask(ctx: HandlerContext): Promise<Response> {
  await ctx.runtime.engine.sync();
  const task = ctx.runtime.store.get(ctx.id ?? "");
  if (!task) return unknownTaskResponse(ctx.settings);
  return json(present(ctx, task));
}

/** POST list-by-condition / list-by-ids: unknown ids are skipped, null or empty ids give []. */
export async function listByIds(ctx: HandlerContext): Promise<Response> {
  const parsed = IdsBody.safeParse(ctx.body);
  if (!parsed.success) {
    return rejectionResponse(ctx.settings, {
      ...rejections.validation(firstIssue(parsed.error)),
      httpStatus: 400,
    });
  }
  const ids = [...new Set((parsed.data.ids ?? []).map(String))];
  if (ids.length === 0) return json([]);
  await ctx.runtime.engine.sync();
  return json(ctx.runtime.store.getMany(ids).map((task) => present(ctx, task)));
}

/** GET /mj/task/list: the latest tasks, newest first (TRUE caps at 100). */
export async function listTasks(ctx: HandlerContext): Promise<Response> {
  await ctx.runtime.engine.sync();
  return json(ctx.runtime.store.listRecent(LIST_LIMIT).map((task) => present(ctx, task)));
}

/** GET /mj/task/queue: queued and running tasks, oldest first. */
export async function queueTasks(ctx: HandlerContext): Promise<Response> {
  await ctx.runtime.engine.sync();
  const active = ctx.runtime.store
    .listActive()
    .sort((a, b) => a.submitTime - b.submitTime || a.id.localeCompare(b.id));
  return json(active.map((task) => present(ctx, task)));
}

export async function imageSeed(ctx: HandlerContext): Promise<Response> {
  await ctx.runtime.engine.sync();
  const task = ctx.runtime.store.get(ctx.id ?? "");
  if (!task)
    return rejectionResponse(ctx.settings, { ...rejections.taskMissing(), aggDescription: "task_no_found" });
  // No job hash yet = Midjourney has not produced anything to take a seed from (TRUE: HTTP 400 + code 4).
  if (!reachedProgress(task))
    return rejectionResponse(ctx.settings, { ...rejections.taskState(), httpStatus: 400 });
  return json({ code: 1, description: "成功", result: String(task.seed), properties: {} });
}

/** PLUS cancel: waiting, running or MODAL tasks become CANCEL (terminal) and free their slot. */
export async function cancelTask(ctx: HandlerContext): Promise<Response> {
  const result = await ctx.runtime.engine.cancel(ctx.id ?? "");
  if (isRejection(result)) return rejectionResponse(ctx.settings, result);
  return json({ code: 1, description: "成功", result: result.id, properties: {} });
}
