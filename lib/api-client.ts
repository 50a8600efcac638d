// Browser fetch helper for OUR /api: every response is parsed with its DTO schema, every failure is an ApiError.
import { z } from "zod";

import { type AppErrorCode, isAppErrorCode } from "@/lib/errors";

/** Codes the client adds on top of the server's: no response at all, or a response we could not read. */
export type ClientErrorCode = "network" | "bad_response";

export class ApiError extends Error {
  readonly code: AppErrorCode | ClientErrorCode;
  /** HTTP status; 0 when the request never got a response. */
  readonly status: number;
  readonly details: Record<string, unknown> | undefined;

  constructor(
    code: AppErrorCode | ClientErrorCode,
    message: string,
    status: number,
    details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = "ApiError";
    this.code = code;
    this.status = status;
    this.details = details;
  }
}

// Parsed loosely: an unknown code from a newer server still yields its message.
const ErrorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.record(z.string(), z.unknown()).optional(),
  }),
});

export interface ApiRequest {
  method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  body?: unknown;
  signal?: AbortSignal;
}

export async function apiFetch<S extends z.ZodType>(
  path: string,
  request: ApiRequest,
  schema: S,
): Promise<z.output<S>> {
  const { method = "GET", body, signal } = request;
  const response = await send(path, {
    method,
    signal,
    headers: {
      accept: "application/json",
      ...(body === undefined ? {} : { "content-type": "application/json" }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
    cache: "no-store",
  });

  const payload: unknown = await response.json().catch(() => undefined);
  if (response.status === 401) redirectToSignIn();
  if (!response.ok) throw toApiError(response.status, payload);

  const parsed = schema.safeParse(payload);
  if (!parsed.success)
    throw new ApiError("bad_response", `Unexpected response from ${path}.`, response.status);
  return parsed.data;
}

/** The one place the browser calls fetch: a failure to get any answer becomes ApiError("network"). */
async function send(path: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(path, init);
  } catch (error) {
    // Cancellation belongs to TanStack Query; only real network failures become ApiErrors.
    if (init.signal?.aborted) throw error;
    throw new ApiError("network", "The server could not be reached.", 0);
  }
}

export function toApiError(status: number, payload: unknown): ApiError {
  const body = ErrorBody.safeParse(payload);
  if (body.success) {
    const { code, message, details } = body.data.error;
    return new ApiError(isAppErrorCode(code) ? code : fallbackCode(status), message, status, details);
  }
  // Proxies and crashed servers answer with HTML or nothing; keep the status so the UI can still say something useful.
  return new ApiError(fallbackCode(status), `Request failed with status ${status}.`, status);
}

function fallbackCode(status: number): AppErrorCode {
  if (status === 404) return "not_found";
  if (status === 413) return "payload_too_large";
  if (status === 429) return "upstream_queue_full";
  if (status === 502 || status === 503 || status === 504) return "upstream_unavailable";
  return status >= 500 ? "internal" : "bad_request";
}

/** Only failures where the request may not have arrived are worth an automatic retry (with the same idempotency key). */
export function isRetryableNetworkError(error: unknown): boolean {
  return error instanceof ApiError && error.code === "network";
}

/** The session ended (signed out elsewhere, expired, disabled): go to sign-in and come back here after. */
function redirectToSignIn(): void {
  if (typeof window === "undefined" || window.location.pathname.startsWith("/sign-in")) return;
  const here = `${window.location.pathname}${window.location.search}`;
  // eslint-disable-next-line @next/next/no-location-assign-relative-destination -- a full load drops the previous session\'s cached data
  window.location.assign(`/sign-in?next=${encodeURIComponent(here)}`);
}

/** POSTs to an endpoint that answers with a file (a zip) and hands it to the browser as a download. */
export async function apiDownload(path: string, body: unknown, fallbackName: string): Promise<void> {
  const response = await send(path, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  if (!response.ok) {
    if (response.status === 401) redirectToSignIn();
    throw toApiError(response.status, await response.json().catch(() => undefined));
  }
  const name =
    /filename="([^"]+)"/.exec(response.headers.get("content-disposition") ?? "")?.[1] ?? fallbackName;
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the blob goes away.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A picture we serve (same origin), as a Blob; fails with an ApiError like every other call. */
export async function apiBlob(path: string): Promise<Blob> {
  const response = await send(path, {});
  if (!response.ok) throw toApiError(response.status, undefined);
  return response.blob();
}

// The signed-out forms talk to better-auth's endpoints and ours; both answer errors in their own shape, and the
// forms word each failure themselves, so this call returns a result instead of throwing.

export interface PostResult {
  ok: boolean;
  status: number;
  /** Our `{ error: { code, message } }` or better-auth's `{ code, message }`, flattened. */
  code: string | null;
  message: string | null;
  /** From `Retry-After` on a 429: how many seconds to wait before trying again. */
  retryAfterSeconds: number | null;
}

export async function postJson(path: string, body: unknown): Promise<PostResult> {
  let response: Response;
  try {
    response = await send(path, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify(body),
    });
  } catch {
    return { ok: false, status: 0, code: "network", message: null, retryAfterSeconds: null };
  }
  const payload = (await response.json().catch(() => null)) as Record<string, unknown> | null;
  const retryAfter = Number(response.headers.get("retry-after"));
  const nested =
    payload && typeof payload.error === "object" ? (payload.error as Record<string, unknown>) : payload;
  return {
    ok: response.ok,
    status: response.status,
    code: typeof nested?.code === "string" ? nested.code : null,
    message: typeof nested?.message === "string" ? nested.message : null,
    retryAfterSeconds: Number.isFinite(retryAfter) && retryAfter > 0 ? Math.ceil(retryAfter) : null,
  };
}
