import "server-only";

import { SIM_INSTANCE_ID } from "./ids";
import type { Admission } from "./lifecycle";
import type { SimProfile, SimRejection, SimSettings } from "./types";

// Response envelopes and their per-profile differences (mj-api.md 2, 3, 11.9).

export const rejections = {
  validation: (description: string): SimRejection => ({ code: 4, description }),
  taskMissing: (): SimRejection => ({
    code: 3,
    description: "关联任务不存在或已失效",
    httpStatus: 404,
    aggDescription: "task_not_found",
  }),
  taskState: (): SimRejection => ({
    code: 4,
    description: "关联任务状态错误",
    aggDescription: "task_status_not_success",
  }),
  unknownAction: (customId: string): SimRejection => ({
    code: 4,
    description: "未知的 Action 类型",
    aggDescription: `unknown_action:${customId}`,
  }),
  changeNotAllowed: (): SimRejection => ({ code: 4, description: "关联任务不允许执行变化" }),
  videoDisabled: (): SimRejection => ({ code: 4, description: "视频功能未启用" }),
  swapImagesRequired: (): SimRejection => ({
    code: 4,
    description: "sourceBase64和targetBase64不能为空",
    aggDescription: "sour_base64_and_target_base64_is_required",
  }),
  banned: (prompt: string, word: string): SimRejection => ({
    code: 24,
    description: "可能包含敏感词",
    properties: { promptEn: prompt, bannedWord: word },
  }),
  queueFull: (): SimRejection => ({
    code: 23,
    description: "队列已满，请稍后尝试",
    properties: { discordInstanceId: SIM_INSTANCE_ID },
  }),
};

export const SUBMIT_SUCCESS = "Submit success";
export const MODAL_DESCRIPTION = "Waiting for window confirm";

export function admissionDescription(admission: Admission): string {
  return admission.kind === "queue" ? `排队中，前面还有${admission.position}个任务` : SUBMIT_SUCCESS;
}

export function instanceProperties(profile: SimProfile): Record<string, unknown> {
  return profile === "oss"
    ? { discordInstanceId: SIM_INSTANCE_ID }
    : { discordInstanceId: SIM_INSTANCE_ID, discordChannelId: SIM_INSTANCE_ID };
}

export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json; charset=utf-8" },
  });
}

export function empty(status: number): Response {
  return new Response(null, { status });
}

function aggregatorError(description: string, code: number, status = 400): Response {
  return json({ description, type: "upstream_error", code }, status);
}

export interface SubmitBody {
  code: number;
  description: string;
  result: string | null;
  properties: Record<string, unknown>;
}

/** A successful SubmitResult (codes 1 / 21 / 22). */
export function submitResponse(settings: SimSettings, body: SubmitBody): Response {
  let code = body.code;
  // new-api rewrites "queued" to plain success; 21 survives only for Inpaint / Custom Zoom, our only source of 21.
  if (settings.profile === "aggregator" && code === 22) code = 1;
  const result =
    settings.numericResult && body.result !== null && /^\d+$/.test(body.result)
      ? Number(body.result)
      : body.result;
  return json({ code, description: body.description, result, properties: body.properties });
}

export function rejectionResponse(settings: SimSettings, rejection: SimRejection): Response {
  if (settings.profile === "aggregator") {
    // The aggregator flattens every failure to HTTP 400 "<description> <result>" (note the trailing space).
    return aggregatorError(`${rejection.aggDescription ?? rejection.description} `, rejection.code);
  }
  const status = settings.profile === "native" ? (rejection.httpStatus ?? 200) : 200;
  return json(
    {
      code: rejection.code,
      description: rejection.description,
      result: null,
      properties: rejection.properties ?? {},
    },
    status,
  );
}

export function malformedResponse(settings: SimSettings, path: string): Response {
  if (settings.profile === "aggregator") return aggregatorError("bind_request_body_failed ", 4);
  return json({ timestamp: new Date().toISOString(), status: 400, error: "Bad Request", path }, 400);
}

/** GET /task/{id}/fetch for an unknown id: OSS 200 empty, TRUE 204, aggregator 400. */
export function unknownTaskResponse(settings: SimSettings): Response {
  if (settings.profile === "aggregator") return aggregatorError("task_no_found ", 4);
  return empty(settings.profile === "oss" ? 200 : 204);
}

export function unauthorizedResponse(settings: SimSettings): Response {
  if (settings.profile === "aggregator")
    return json({ error: { message: "无效的令牌", type: "new_api_error" } }, 401);
  // Real native proxies answer an empty 401; a JSON reason costs nothing and tells a confused operator why.
  return json({ error: "the simulator key is missing or wrong" }, 401);
}

export function notFoundResponse(): Response {
  return new Response("Not Found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
}
