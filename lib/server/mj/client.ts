import "server-only";

import { readCapped } from "@/lib/read-capped";

import { getUpstreamConfig, redactSecret, type ModeName, type UpstreamConfig } from "./config";
import { classifyErrorResponse, MjError } from "./errors";

// The ONE place that talks HTTP to the upstream API. Everything else builds a request spec and
// interprets the (already transport-checked) response.

/**
 * submit: costs money, never retried, gets the speed-mode prefix. read: idempotent, retried on transient
 * errors. control: a state change that costs nothing (cancel) — not retried (the first attempt may have
 * worked), and no mode prefix because only submits choose a speed.
 */
export type EndpointKind = "submit" | "read" | "control";

export interface UpstreamRequest {
  method: "GET" | "POST";
  /** Path below "/mj", e.g. "/submit/imagine" or "/task/123/fetch". */
  path: string;
  /** Stable counter label without ids or mode prefix, e.g. "/mj/task/:id/fetch". */
  counterPath: string;
  kind: EndpointKind;
  body?: unknown;
  /** Submit only: overrides config.mode for the "/mj-<mode>" prefix. */
  mode?: ModeName;
  /** The largest answer read (default UPSTREAM_BODY_MAX_BYTES); a longer one is abandoned as a bad response. */
  maxBodyBytes?: number;
  /** A path from the site root instead of below "/mj" (the aggregators' own /v1 billing endpoints). */
  outsideMj?: boolean;
  /** A shorter timeout than the configured one (an admin page's side question must not hang). */
  timeoutMs?: number;
}

/**
 * What an answer may weigh before it is abandoned unread: 50 tasks of a batched read at the callback cap (64 KB
 * each) fit with room; anything beyond is a broken or hostile upstream, and must not be buffered whole.
 */
export const UPSTREAM_BODY_MAX_BYTES = 8 * 1024 * 1024;

export interface UpstreamResponse {
  status: number;
  /** Parsed JSON body; undefined when the body was empty or not JSON. */
  json: unknown;
  empty: boolean;
  /** Short sanitised excerpt when the body was not JSON, else null. */
  nonJson: string | null;
}

// ---- diagnostics -------------------------------------------------------------------------

const callCounts = new Map<string, number>();

export function countCall(key: string): void {
  callCounts.set(key, (callCounts.get(key) ?? 0) + 1);
}

/** Every HTTP attempt (retries included) this process made, keyed "METHOD /normalised/path". */
export function getUpstreamCallCount(): Record<string, number> {
  return Object.fromEntries(callCounts);
}

export function resetUpstreamCallCount(): void {
  callCounts.clear();
}

// ---- helpers shared with images.ts ----------------------------------------------------------

export function authHeaders(config: UpstreamConfig): Record<string, string> {
  if (!config.apiKey) return {};
  switch (config.authStyle) {
    case "bearer":
      return { Authorization: `Bearer ${config.apiKey}` };
    // Some proxies (the TRUE profile) compare the Authorization header verbatim with their key.
    case "authorization":
      return { Authorization: config.apiKey };
    case "mj-api-secret":
      return { "mj-api-secret": config.apiKey };
  }
}

/** Turns an arbitrary body into a one-line excerpt fit for an error message (no HTML dumps). */
export function sanitiseSnippet(text: string, config: UpstreamConfig): string {
  let t = text;
  if (/^\s*</.test(t)) {
    const title = /<title[^>]*>([^<]*)<\/title>/i.exec(t)?.[1]?.trim();
    t = title ? `HTML page "${title}"` : `HTML page: ${t.replace(/<[^>]*>/g, " ")}`;
  }
  t = t.replace(/\s+/g, " ").trim();
  if (t.length > 120) t = `${t.slice(0, 117)}...`;
  return redactSecret(t, config);
}

export function buildUrl(
  config: UpstreamConfig,
  req: Pick<UpstreamRequest, "kind" | "mode" | "path" | "outsideMj">,
): string {
  if (req.outsideMj) return `${config.baseUrl}${req.path}`;
  // Mode prefixes select fast/relax/turbo only where it matters (and costs): submits.
  const mode = req.kind === "submit" ? (req.mode ?? config.mode) : "none";
  const prefix = mode === "none" ? "" : `/mj-${mode}`;
  return `${config.baseUrl}${prefix}/mj${req.path}`;
}

/** Maps a thrown fetch/body-read error to timeout or network, never including headers. */
export function transportError(e: unknown, config: UpstreamConfig, kind: EndpointKind | "image"): MjError {
  const name = e instanceof Error ? e.name : "";
  if (name === "TimeoutError" || name === "AbortError") {
    const seconds = Math.round(config.timeoutMs / 100) / 10;
    // A timed-out submit may still have been accepted upstream; say so rather than imply failure.
    const note = kind === "submit" ? "; the task may still have been created upstream" : "";
    return new MjError("timeout", { description: `no answer within ${seconds} s${note}`, cause: e });
  }
  const cause =
    e instanceof Error ? (e.cause as { code?: unknown; message?: unknown } | undefined) : undefined;
  const detail =
    (typeof cause?.code === "string" && cause.code) ||
    (typeof cause?.message === "string" && cause.message) ||
    (e instanceof Error ? e.message : String(e));
  // These codes mean no connection was ever made, so nothing can have been received upstream.
  const notDelivered = typeof cause?.code === "string" && NEVER_CONNECTED.has(cause.code);
  return new MjError("network", { description: redactSecret(detail, config), cause: e, notDelivered });
}

const NEVER_CONNECTED: ReadonlySet<string> = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
]);

function parseBody(status: number, text: string, config: UpstreamConfig): UpstreamResponse {
  const trimmed = text.trim();
  if (!trimmed) return { status, json: undefined, empty: true, nonJson: null };
  try {
    return { status, json: JSON.parse(trimmed) as unknown, empty: false, nonJson: null };
  } catch {
    return { status, json: undefined, empty: false, nonJson: sanitiseSnippet(trimmed, config) };
  }
}

// ---- the wrapper ----------------------------------------------------------------------------

const RETRY_DELAYS_MS = [150, 450];

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function sendOnce(
  config: UpstreamConfig,
  url: string,
  req: UpstreamRequest,
): Promise<UpstreamResponse> {
  countCall(`${req.method} ${req.counterPath}`);
  const headers: Record<string, string> = { Accept: "application/json", ...authHeaders(config) };
  let body: string | undefined;
  if (req.body !== undefined) {
    headers["Content-Type"] = "application/json";
    body = JSON.stringify(req.body);
  }
  let res: Response;
  let text: string;
  try {
    res = await fetch(url, {
      method: req.method,
      headers,
      body,
      signal: AbortSignal.timeout(Math.min(req.timeoutMs ?? config.timeoutMs, config.timeoutMs)),
      // Following a redirect would re-send the secret header to wherever it points (and turn a
      // POST into a GET); a misconfigured base URL should surface instead.
      redirect: "manual",
      cache: "no-store",
    });
    const maxBytes = req.maxBodyBytes ?? UPSTREAM_BODY_MAX_BYTES;
    const bytes = await readCapped(res.body, res.headers.get("content-length"), maxBytes);
    if (!bytes) {
      // bad_response: for a submit that is "uncertain", so an accepted job behind a huge answer is still looked for.
      throw new MjError("bad_response", {
        httpStatus: res.status,
        description: `the answer is larger than ${Math.round(maxBytes / 1024 / 1024)} MB and was not read`,
      });
    }
    text = new TextDecoder().decode(bytes);
  } catch (e) {
    if (e instanceof MjError) throw e;
    throw transportError(e, config, req.kind);
  }
  if (res.status >= 300 && res.status < 400) {
    throw new MjError("bad_response", {
      httpStatus: res.status,
      description: "the upstream answered with a redirect; set MJ_API_BASE to the final address",
    });
  }
  return parseBody(res.status, text, config);
}

/**
 * Sends one request. Reads (task fetch / list) are retried up to twice on network errors,
 * timeouts and 5xx; submits never are, because each accepted submit costs the user money.
 * Returns every non-redirect response; use `ensureOk` (or endpoint-specific checks first).
 */
export async function callUpstream(req: UpstreamRequest): Promise<UpstreamResponse> {
  const config = getUpstreamConfig();
  const url = buildUrl(config, req);
  const attempts = req.kind === "read" ? RETRY_DELAYS_MS.length + 1 : 1;
  for (let attempt = 0; ; attempt++) {
    const last = attempt >= attempts - 1;
    try {
      const res = await sendOnce(config, url, req);
      if (res.status >= 500 && !last) {
        await sleep(RETRY_DELAYS_MS[attempt] ?? 0);
        continue;
      }
      return res;
    } catch (e) {
      const retryable = e instanceof MjError && (e.kind === "network" || e.kind === "timeout");
      if (last || !retryable) throw e;
      await sleep(RETRY_DELAYS_MS[attempt] ?? 0);
    }
  }
}

/** Throws the matching MjError unless the response is a usable 2xx JSON (or empty) answer. */
export function ensureOk(res: UpstreamResponse): void {
  const error = classifyErrorResponse(res, getUpstreamConfig());
  if (error) throw error;
}
