import "server-only";

import type { ConnectionTestResultDto } from "@/lib/schemas/admin-settings";
import { authHeaders, buildUrl, type UpstreamResponse } from "@/lib/server/mj/client";
import { redactSecret, type UpstreamConfig } from "@/lib/server/mj/config";
import { classifyErrorResponse } from "@/lib/server/mj/errors";

import { describeResult, type ProbeFacts, type TestReason } from "./test-messages";

// "Test connection": one cheap, read-only, free request — fetch a task id no upstream can have. Every
// profile answers it without side effects (OSS empty 200, TRUE 204, AGG 400 task_no_found), and it passes
// the same auth check as real calls. It does not go through callUpstream(): it must try a config that is
// not saved yet, must not retry (the admin wants the first answer and its latency), and must not count
// towards the diagnostics of real traffic.
//
// Whatever the remote answers stays out of the result: the admin gets our own sentence, the HTTP status and,
// for transport failures, an error code. A host under someone else's control must not be able to put its
// words (or terminal escapes, or our key echoed back) into our page, our audit log or our API answers.

const PROBE_ID = "0000000000000000";
/** An admin waits for this; a dead host should not hold the button for the full 30 s task timeout. */
const MAX_PROBE_MS = 10_000;

type Answer = UpstreamResponse & { location: string | null; latencyMs: number };

export interface TestOptions {
  /** A saved/env key exists but was not sent (the test targets another address); the result says so. */
  keyWithheld?: boolean;
}

export async function testUpstreamConnection(
  config: UpstreamConfig,
  options: TestOptions = {},
): Promise<ConnectionTestResultDto> {
  const timeoutMs = Math.min(config.timeoutMs, MAX_PROBE_MS);
  const facts: ProbeFacts = {
    baseUrl: config.baseUrl,
    host: "",
    timeoutMs,
    mode: config.mode,
    hasKey: !!config.apiKey,
    keyWithheld: Boolean(options.keyWithheld),
  };
  try {
    const url = new URL(config.baseUrl);
    if (url.protocol !== "http:" && url.protocol !== "https:") throw new Error("protocol");
    facts.host = url.host;
  } catch {
    return finish(config, facts, "bad_url", null);
  }

  const plain = await probe(config, false, timeoutMs);
  if ("reason" in plain) return finish(config, facts, plain.reason, null, plain.detail);
  const verdict = judge(plain, config);
  if (verdict) return finish(config, facts, verdict.reason, plain, verdict.detail);

  // Submits carry the "/mj-<mode>" prefix; servers without prefix routes (OSS) would refuse every submit.
  if (config.mode !== "none") {
    const prefixed = await probe(config, true, timeoutMs);
    if ("reason" in prefixed) return finish(config, facts, prefixed.reason, null, prefixed.detail);
    const second = judge(prefixed, config);
    if (second) {
      const routeMissing = second.reason === "no_api" || second.reason === "not_json";
      return finish(config, facts, routeMissing ? "mode_prefix" : second.reason, prefixed, second.detail);
    }
  }
  return finish(config, facts, "ok", plain);
}

async function probe(
  config: UpstreamConfig,
  withMode: boolean,
  timeoutMs: number,
): Promise<Answer | { reason: TestReason; detail: string | null }> {
  // buildUrl applies the mode prefix only to submit-kind requests; the probe borrows that rule to test it.
  const url = buildUrl(config, { kind: withMode ? "submit" : "read", path: `/task/${PROBE_ID}/fetch` });
  const started = performance.now();
  try {
    const res = await fetch(url, {
      method: "GET",
      headers: { Accept: "application/json", ...authHeaders(config) },
      signal: AbortSignal.timeout(timeoutMs),
      // A redirect would re-send the key to wherever it points; report it instead.
      redirect: "manual",
      cache: "no-store",
    });
    const text = (await res.text()).trim();
    const latencyMs = Math.round(performance.now() - started);
    const location = res.headers.get("location");
    let json: unknown;
    let nonJson: string | null = null;
    try {
      json = text ? (JSON.parse(text) as unknown) : undefined;
    } catch {
      // Only the fact that it was not JSON; its words never leave this function.
      nonJson = "not JSON";
    }
    return { status: res.status, json, empty: !text, nonJson, location, latencyMs };
  } catch (error) {
    return transportFailure(error);
  }
}

function transportFailure(error: unknown): { reason: TestReason; detail: string | null } {
  const name = error instanceof Error ? error.name : "";
  if (name === "TimeoutError" || name === "AbortError") return { reason: "timeout", detail: null };
  const cause = (error instanceof Error ? error.cause : undefined) as
    { code?: unknown; message?: unknown; errors?: { code?: unknown }[] } | undefined;
  // Happy-eyeballs failures arrive as an AggregateError whose parts carry the codes.
  const raw = cause?.code ?? cause?.errors?.[0]?.code;
  const code = typeof raw === "string" ? raw : null;
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return { reason: "dns", detail: code };
  if (code === "ECONNREFUSED") return { reason: "refused", detail: code };
  if (code && /CERT|SSL|TLS|SELF_SIGNED/i.test(code)) return { reason: "tls", detail: code };
  // A code only (ECONNRESET, UND_ERR_SOCKET, ...): error messages can quote bytes the remote sent.
  return { reason: "network", detail: code && ERROR_CODE.test(code) ? code : null };
}

const ERROR_CODE = /^[A-Z][A-Z0-9_]{1,40}$/;

/** null = the answer proves a reachable midjourney-proxy API that accepted our credentials. */
function judge(res: Answer, config: UpstreamConfig): { reason: TestReason; detail: string | null } | null {
  const { status } = res;
  if (status >= 300 && status < 400) {
    return { reason: "redirect", detail: res.location ? safeLocation(res.location, config) : null };
  }
  if (status === 401 || status === 403)
    return { reason: config.apiKey ? "key_refused" : "key_missing", detail: null };
  if (res.nonJson !== null) {
    return { reason: status >= 500 ? "server_error" : "not_json", detail: null };
  }
  const error = classifyErrorResponse(res, config);
  if (!error || error.kind === "not_found") return null;
  // The upstream's own description is deliberately dropped (see the note at the top).
  switch (error.kind) {
    case "rate_limited":
      return { reason: "rate_limited", detail: null };
    case "network":
      return { reason: "server_error", detail: null };
    case "unsupported":
      return { reason: "no_api", detail: null };
    default:
      return { reason: "unexpected", detail: null };
  }
}

/** Only where a redirect points (origin + path): its query could carry tokens. */
function safeLocation(location: string, config: UpstreamConfig): string {
  try {
    const url = new URL(location, config.baseUrl);
    return url.origin + url.pathname;
  } catch {
    return "(unreadable address)";
  }
}

function finish(
  config: UpstreamConfig,
  facts: ProbeFacts,
  reason: TestReason,
  answer: Answer | null,
  detail: string | null = null,
): ConnectionTestResultDto {
  const { stage, message } = describeResult(reason, { ...facts, status: answer?.status ?? null });
  // Defence in depth: no key and no control character in anything we answer, whatever went in.
  const clean = (text: string) => stripControl(redactSecret(text, config));
  return {
    ok: reason === "ok",
    stage,
    reason,
    message: clean(message),
    detail: detail === null ? null : clean(detail),
    httpStatus: answer?.status ?? null,
    latencyMs: answer?.latencyMs ?? null,
    baseUrl: config.baseUrl,
    keyWithheld: Boolean(facts.keyWithheld),
  };
}

function stripControl(text: string): string {
  // C0, DEL and C1 controls, plus bidi overrides that could reorder what the admin reads.
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, "");
}
