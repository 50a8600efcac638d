import "server-only";

import { withoutCallbackUrls } from "./callback-url-scrub";
import { callUpstream, ensureOk } from "./client";
import { getUpstreamConfig, redactSecret } from "./config";
import { errorForSubmitCode, MjError } from "./errors";
import { normaliseId } from "./reshape";
import { SubmitResultWire } from "./schemas";

export type SubmitOutcome =
  | {
      kind: "accepted";
      upstreamId: string;
      queuePosition: number | null;
      code: number;
      raw: unknown;
      /** TRUE's "Imagine all" starts several tasks at once (`"id1,id2,…"`): the ids after the first. */
      extraUpstreamIds?: string[];
    }
  | { kind: "modal"; upstreamId: string; finalPrompt: string | null; code: 21; raw: unknown };

export interface SubmitOptions {
  notifyHook?: string;
  state?: string;
  /** Overrides config.mode for the "/mj-<mode>" path prefix of this submit. */
  mode?: "fast" | "relax" | "turbo";
  /** The operator's account selection (mj-api.md 4.20), sent as the body's `accountFilter`. */
  accountFilter?: Record<string, unknown>;
}

/** `result` may be a string (real servers), a number (Swagger-style docs) or null on errors. */
function resultId(result: unknown, code: number): string {
  if (typeof result === "number" && !Number.isSafeInteger(result)) {
    // JSON.parse already rounded it: polling the rounded id would track someone else's task.
    throw new MjError("bad_response", {
      upstreamCode: code,
      description: "task id lost precision (numeric result)",
    });
  }
  // TRUE "Imagine all" answers "id1,id2,id3,id4": the first is the submit's task, the rest extraUpstreamIds.
  const first = typeof result === "string" ? result.split(",")[0] : result;
  const id = normaliseId(first);
  if (!id)
    throw new MjError("bad_response", {
      upstreamCode: code,
      description: "submission accepted without a task id",
    });
  return id;
}

function nonNegativeInt(value: unknown): number | null {
  const n = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
  return typeof n === "number" && Number.isInteger(n) && n >= 0 ? n : null;
}

/** SubmitResult JSON (HTTP 2xx) → outcome, or the matching MjError thrown. */
export function interpretSubmitResult(json: unknown, httpStatus: number | null = 200): SubmitOutcome {
  const parsed = SubmitResultWire.safeParse(json);
  if (!parsed.success) {
    throw new MjError("bad_response", { httpStatus, description: "submit answer has no numeric code" });
  }
  const { code, result } = parsed.data;
  const description = redactSecret(parsed.data.description?.trim() ?? "", getUpstreamConfig()).slice(0, 300);
  const props = parsed.data.properties ?? null;
  if (code === 1 || code === 22) {
    // Queue position: read for 1 too, because aggregators rewrite 22 → 1 but keep the properties.
    const accepted: SubmitOutcome = {
      kind: "accepted",
      upstreamId: resultId(result, code),
      queuePosition: nonNegativeInt(props?.numberOfQueues),
      code,
      raw: withoutCallbackUrls(json),
    };
    const extra =
      typeof result === "string"
        ? result
            .split(",")
            .slice(1)
            .map((id) => id.trim())
            .filter(Boolean)
        : [];
    if (extra.length > 0) accepted.extraUpstreamIds = extra;
    return accepted;
  }
  if (code === 21) {
    const upstreamId = resultId(result, code);
    // Legacy OSS (< 2.6.1) used 21 for "this upscale already exists" with the existing task's status.
    const legacyStatus = props?.status;
    if (typeof legacyStatus === "string" && legacyStatus !== "" && legacyStatus.toUpperCase() !== "MODAL") {
      return { kind: "accepted", upstreamId, queuePosition: null, code, raw: withoutCallbackUrls(json) };
    }
    const fp = props?.finalPrompt;
    return {
      kind: "modal",
      upstreamId,
      finalPrompt: typeof fp === "string" && fp.trim() ? fp : null,
      code: 21,
      raw: withoutCallbackUrls(json),
    };
  }
  throw errorForSubmitCode(code, description, props, httpStatus);
}

/** POSTs one submit body (plus notifyHook/state) and interprets the SubmitResult. Never retried. */
export async function postSubmit(
  path: string,
  body: Record<string, unknown>,
  opts: SubmitOptions | undefined,
): Promise<SubmitOutcome> {
  const payload: Record<string, unknown> = { ...body };
  if (opts?.notifyHook) payload.notifyHook = opts.notifyHook;
  if (opts?.state !== undefined) payload.state = opts.state;
  if (opts?.accountFilter && Object.keys(opts.accountFilter).length > 0)
    payload.accountFilter = opts.accountFilter;
  const res = await callUpstream({
    method: "POST",
    path,
    counterPath: `/mj${path}`,
    kind: "submit",
    body: payload,
    mode: opts?.mode,
  });
  ensureOk(res);
  if (res.json === undefined) {
    throw new MjError("bad_response", {
      httpStatus: res.status,
      description: "empty answer to a submission",
    });
  }
  return interpretSubmitResult(res.json, res.status);
}

export function submitImagine(
  input: { prompt: string; botType: "MID_JOURNEY" | "NIJI_JOURNEY"; base64Array: string[] },
  opts?: SubmitOptions,
): Promise<SubmitOutcome> {
  const body: Record<string, unknown> = { prompt: input.prompt, botType: input.botType };
  // OSS ignores botType; an empty base64Array is omitted so minimal servers see the E1 shape.
  if (input.base64Array.length > 0) body.base64Array = input.base64Array;
  return postSubmit("/submit/imagine", body, opts);
}

export function submitAction(
  input: { taskId: string; customId: string },
  opts?: SubmitOptions,
): Promise<SubmitOutcome> {
  return postSubmit("/submit/action", { taskId: input.taskId, customId: input.customId }, opts);
}

export function submitModal(
  input: { taskId: string; prompt?: string; maskBase64?: string },
  opts?: SubmitOptions,
): Promise<SubmitOutcome> {
  const body: Record<string, unknown> = { taskId: input.taskId };
  if (input.prompt !== undefined) body.prompt = input.prompt;
  if (input.maskBase64 !== undefined) body.maskBase64 = input.maskBase64;
  return postSubmit("/submit/modal", body, opts);
}

export async function submitChange(
  input: { taskId: string; action: "UPSCALE" | "VARIATION" | "REROLL"; index: number },
  opts?: SubmitOptions,
): Promise<SubmitOutcome> {
  const valid = Number.isInteger(input.index) && input.index >= 1 && input.index <= 4;
  if (!valid && input.action !== "REROLL") {
    // Refuse locally: a wrong grid index would silently upscale/vary (and bill) another image.
    throw new MjError("validation", { description: `index must be 1..4 for ${input.action}` });
  }
  // The aggregator rejects index 0 for every action, REROLL included, so REROLL defaults to 1.
  const index = valid ? input.index : 1;
  return postSubmit("/submit/change", { taskId: input.taskId, action: input.action, index }, opts);
}
