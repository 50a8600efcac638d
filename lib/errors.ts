// The one error type of the studio, shared by server and browser (no secrets, no internals).

export const errorStatus = {
  bad_request: 400,
  validation_failed: 422,
  unsupported_media_type: 415,
  payload_too_large: 413,
  unauthenticated: 401,
  forbidden: 403,
  csrf_rejected: 403,
  rate_limited: 429,
  daily_limit_reached: 429,
  setup_required: 409,
  not_found: 404,
  conflict: 409,
  banned_prompt: 422,
  upstream_rejected: 422,
  // The upstream's operator has video switched off: nothing we can fix by asking again, so not a 5xx.
  upstream_video_disabled: 422,
  upstream_queue_full: 429,
  upstream_auth: 502,
  upstream_unavailable: 502,
  upstream_bad_response: 502,
  internal: 500,
} as const;

export type AppErrorCode = keyof typeof errorStatus;

export interface AppErrorBody {
  error: { code: AppErrorCode; message: string; details?: Record<string, unknown> };
}

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly details?: Record<string, unknown>;

  constructor(code: AppErrorCode, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.details = details;
  }

  get status(): number {
    return errorStatus[this.code];
  }

  toBody(): AppErrorBody {
    return {
      error: { code: this.code, message: this.message, ...(this.details ? { details: this.details } : {}) },
    };
  }
}

export function isAppErrorCode(value: unknown): value is AppErrorCode {
  return typeof value === "string" && value in errorStatus;
}
