import "server-only";

import { AppError, type AppErrorCode } from "@/lib/errors";

import type { UpstreamResponse } from "./client";
import { redactSecret, type UpstreamConfig } from "./config";
import { cleanUpstreamText, logUpstreamBody } from "./sanitise";
import { AggErrorWire, bodyDescription, SubmitResultWire, TrueErrorWire } from "./schemas";

export type MjErrorKind =
  | "banned_prompt"
  | "queue_full"
  | "validation"
  | "not_found"
  | "auth"
  | "rate_limited"
  | "network"
  | "timeout"
  | "bad_response"
  | "rejected"
  | "unsupported"
  /** The upstream has video turned off (TRUE: code 4 `视频功能未启用`): a setting there, not a bad request. */
  | "video_disabled";

export interface MjErrorInit {
  description?: string;
  upstreamCode?: number | null;
  httpStatus?: number | null;
  bannedWord?: string | null;
  /** Overrides the generated sentence (used for cases the generic wording would mislead). */
  message?: string;
  cause?: unknown;
  /**
   * True when the request certainly never reached a handler that could act on it (connection refused,
   * unknown host, HTTP 503 "unavailable"): a submit failing so cost nothing and needs no search upstream.
   */
  notDelivered?: boolean;
}

/** Every failure of the upstream façade. `message` is a user-facing English sentence without secrets. */
export class MjError extends Error {
  readonly kind: MjErrorKind;
  readonly upstreamCode: number | null;
  readonly httpStatus: number | null;
  readonly description: string;
  readonly bannedWord: string | null;
  readonly notDelivered: boolean;

  constructor(kind: MjErrorKind, init: MjErrorInit = {}) {
    const upstreamCode = init.upstreamCode ?? null;
    const httpStatus = init.httpStatus ?? null;
    // Every description may carry upstream-authored words: cleaned here so no path can skip it.
    const description = cleanUpstreamText(init.description ?? "");
    const bannedWord = init.bannedWord ? cleanUpstreamText(init.bannedWord, 100) || null : null;
    super(init.message ?? buildMessage(kind, description, upstreamCode, httpStatus, bannedWord), {
      cause: init.cause,
    });
    this.name = "MjError";
    this.kind = kind;
    this.upstreamCode = upstreamCode;
    this.httpStatus = httpStatus;
    this.description = description;
    this.bannedWord = bannedWord;
    this.notDelivered = init.notDelivered ?? false;
  }
}

export function isMjError(e: unknown): e is MjError {
  return e instanceof MjError;
}

function suffix(code: number | null, http: number | null): string {
  if (code !== null) return ` (code ${code})`;
  if (http !== null) return ` (HTTP ${http})`;
  return "";
}

function withDesc(lead: string, desc: string): string {
  return desc ? `${lead}: ${desc}` : lead;
}

/** The sentence most kinds lead with; the upstream's own description and the code follow it. */
const LEAD: Record<Exclude<MjErrorKind, "banned_prompt" | "auth">, string> = {
  queue_full: "The upstream queue is full, please try again later",
  validation: "The upstream rejected the request as invalid",
  not_found: "The upstream does not know this task (missing or expired)",
  rate_limited: "The upstream is rate limiting requests, please try again later",
  network: "Could not reach the upstream",
  timeout: "The upstream did not answer in time",
  bad_response: "The upstream sent an unexpected response",
  rejected: "The upstream rejected the request",
  unsupported: "The upstream does not support this operation",
  video_disabled: "Video is not enabled on the upstream",
};

function buildMessage(
  kind: MjErrorKind,
  desc: string,
  code: number | null,
  http: number | null,
  word: string | null,
): string {
  const tail = suffix(code, http);
  if (kind === "banned_prompt") {
    return word
      ? `The upstream rejected the prompt: banned word "${word}"${tail}`
      : `The upstream rejected the prompt because it may contain a banned word${tail}`;
  }
  // Deliberately never echoes anything key-related: the sentence only names the settings to check.
  if (kind === "auth")
    return `The upstream refused our credentials${tail}; check the API key and auth style (admin settings, or MJ_API_KEY and MJ_AUTH_STYLE)`;
  // A timeout has no code or status to show: nothing came back.
  if (kind === "timeout") return withDesc(LEAD.timeout, desc);
  return `${withDesc(LEAD[kind], desc)}${tail}`;
}

const appCodeByKind: Record<MjErrorKind, AppErrorCode> = {
  banned_prompt: "banned_prompt",
  queue_full: "upstream_queue_full",
  rate_limited: "upstream_queue_full",
  validation: "upstream_rejected",
  rejected: "upstream_rejected",
  unsupported: "upstream_rejected",
  not_found: "not_found",
  auth: "upstream_auth",
  network: "upstream_unavailable",
  timeout: "upstream_unavailable",
  bad_response: "upstream_bad_response",
  video_disabled: "upstream_video_disabled",
};

/** Maps to the app-wide error type. Details carry only non-secret, user-meaningful facts. */
export function mjErrorToAppError(e: MjError): AppError {
  const code = appCodeByKind[e.kind];
  if (e.kind === "banned_prompt") {
    return new AppError(code, e.message, { bannedWord: e.bannedWord, upstreamCode: e.upstreamCode });
  }
  const details: Record<string, unknown> = { upstreamKind: e.kind };
  if (e.upstreamCode !== null) details.upstreamCode = e.upstreamCode;
  if (e.httpStatus !== null) details.httpStatus = e.httpStatus;
  return new AppError(code, e.message, details);
}

// ---- classification of upstream answers -------------------------------------------------------

// TRUE reports "queue full" as a generic code 9 whose only distinguishing mark is the text.
const QUEUE_FULL_TEXT = /队列已满|queue/i;
// "Video is off" is a code 4 like any bad parameter (new-api relays it in its 400 body): only the words tell.
const VIDEO_DISABLED_TEXT = /视频功能未启用|video (?:feature )?(?:is )?(?:not enabled|disabled)/i;

/** Business codes of a SubmitResult other than 1/21/22 (section 3). */
export function errorForSubmitCode(
  code: number,
  description: string,
  properties: Record<string, unknown> | null,
  httpStatus: number | null,
): MjError {
  const base = { upstreamCode: code, description, httpStatus };
  switch (code) {
    case 24: {
      const word = properties?.bannedWord;
      return new MjError("banned_prompt", {
        ...base,
        bannedWord: typeof word === "string" && word.trim() ? word.trim() : null,
      });
    }
    case 23:
      return new MjError("queue_full", base);
    case 9:
      return new MjError(QUEUE_FULL_TEXT.test(description) ? "queue_full" : "rejected", base);
    case 4:
      return new MjError(VIDEO_DISABLED_TEXT.test(description) ? "video_disabled" : "validation", base);
    case 3:
      return new MjError("not_found", base);
    default:
      return new MjError("rejected", base);
  }
}

/** new-api's HTTP 400 `{description,type:"upstream_error",code}`; the description is an identifier. */
function aggregatorError(description: string, code: number | null, httpStatus: number): MjError {
  const desc = description.trim().slice(0, 300);
  const base = { upstreamCode: code, description: desc, httpStatus };
  if (/^task_no(t)?_found\b/.test(desc)) return new MjError("not_found", base);
  if (desc.startsWith("unknown_action")) return new MjError("unsupported", base);
  if (code === 30) return new MjError("rate_limited", base);
  if (VIDEO_DISABLED_TEXT.test(desc)) return new MjError("video_disabled", base);
  if (code === 4) return new MjError("validation", base);
  // Code 5 = the aggregator could not reach or read its own upstream.
  if (code === 5) return new MjError(desc.startsWith("do_request_failed") ? "network" : "bad_response", base);
  return new MjError("rejected", base);
}

/**
 * Generic mapping of a transport-level answer to an MjError, or null when it is a usable 2xx.
 * Endpoint-specific meanings (e.g. "empty 200 = unknown task") are checked by callers first.
 */
export function classifyErrorResponse(res: UpstreamResponse, config: UpstreamConfig): MjError | null {
  const { status, json } = res;
  // Only the protocol's own message fields are words for users; any other body (HTML error page,
  // proxy stack trace, binary junk) goes to the server log and never into a description.
  const description = redactSecret(bodyDescription(json), config).slice(0, 300);
  const trueErr = TrueErrorWire.safeParse(json);
  if (status >= 200 && status < 300) {
    if (res.nonJson !== null) {
      logUpstreamBody(`HTTP ${status} answer is not JSON`, res.nonJson, config);
      return new MjError("bad_response", { httpStatus: status, description: "the answer is not JSON" });
    }
    // TRUE answers model-binding errors with HTTP 200 and its own envelope.
    if (trueErr.success) {
      return new MjError("validation", {
        httpStatus: status,
        upstreamCode: trueErr.data.code ?? null,
        description,
      });
    }
    return null;
  }
  if (res.nonJson !== null && status < 500)
    logUpstreamBody(`HTTP ${status} answer is not JSON`, res.nonJson, config);
  if (status === 401 || status === 403) return new MjError("auth", { httpStatus: status, description });
  const agg = AggErrorWire.safeParse(json);
  if (status === 429) {
    return new MjError("rate_limited", {
      httpStatus: status,
      upstreamCode: agg.success ? (agg.data.code ?? null) : null,
      description,
    });
  }
  if (agg.success) {
    return aggregatorError(redactSecret(agg.data.description, config), agg.data.code ?? null, status);
  }
  if (trueErr.success) {
    return new MjError("validation", {
      httpStatus: status,
      upstreamCode: trueErr.data.code ?? null,
      description,
    });
  }
  if (status >= 500) {
    // The upstream DID answer: say so (not "could not reach"). Kept as kind "network" because a
    // submit answered with a 5xx may still have been processed (uncertain, never resent).
    logUpstreamBody(`HTTP ${status} error answer`, res.nonJson ?? json, config);
    return new MjError("network", {
      httpStatus: status,
      message: `The upstream answered with an error (HTTP ${status})`,
      // 503 is a refusal before any work (overloaded, maintenance, outage); 500/502/504 may come after it.
      notDelivered: status === 503,
    });
  }
  const submit = SubmitResultWire.safeParse(json);
  if (submit.success && ![1, 21, 22].includes(submit.data.code)) {
    return errorForSubmitCode(submit.data.code, description, submit.data.properties ?? null, status);
  }
  // A 404/405 without an MJ body means the route itself is missing (e.g. /submit/action on OSS).
  if (status === 404 || status === 405) {
    return new MjError("unsupported", { httpStatus: status, description: "endpoint not available" });
  }
  if (status === 400) return new MjError("validation", { httpStatus: status, description });
  return new MjError("rejected", { httpStatus: status, description });
}
