// ApiError → message keys in the "errors" namespace, so failures are told in words, never as codes.
import type { Words } from "@/components/task/status-words";
import { ApiError } from "@/lib/api-client";

export type ErrorKey =
  | "banned_prompt"
  | "banned_prompt_unknown"
  | "validation_failed"
  | "bad_request"
  | "payload_too_large"
  | "unsupported_media_type"
  | "upstream_queue_full"
  | "upstream_unavailable"
  | "upstream_auth"
  | "upstream_rejected"
  | "upstream_video_disabled"
  | "not_found"
  | "conflict"
  | "network"
  | "daily_limit_reached"
  | "unauthenticated"
  | "forbidden"
  | "rate_limited"
  | "generic";

export function errorWords(error: unknown): Words<ErrorKey> {
  if (!(error instanceof ApiError)) {
    return { key: "generic", values: { message: error instanceof Error ? error.message : String(error) } };
  }
  const message = error.message;
  switch (error.code) {
    case "banned_prompt": {
      const word = error.details?.bannedWord;
      return typeof word === "string" && word
        ? { key: "banned_prompt", values: { word } }
        : { key: "banned_prompt_unknown" };
    }
    case "validation_failed":
    case "bad_request":
    case "upstream_rejected":
    case "conflict":
      return { key: error.code, values: { message } };
    case "payload_too_large":
    case "unsupported_media_type":
    case "upstream_queue_full":
    case "upstream_unavailable":
    case "upstream_auth":
    case "upstream_video_disabled":
    case "not_found":
    case "network":
      return { key: error.code };
    case "upstream_bad_response":
      return { key: "upstream_unavailable" };
    case "daily_limit_reached": {
      const { used, limit, resetsAt } = error.details ?? {};
      if (typeof used !== "number" || typeof limit !== "number" || typeof resetsAt !== "string")
        return { key: "generic", values: { message } };
      // The reset moment in the member's own clock (the server counts UTC days).
      const time = new Date(resetsAt).toLocaleString(undefined, {
        weekday: "short",
        hour: "2-digit",
        minute: "2-digit",
      });
      return { key: "daily_limit_reached", values: { used, limit, time } };
    }
    case "unauthenticated":
      return { key: "unauthenticated" };
    case "forbidden":
    case "csrf_rejected":
      return { key: "forbidden", values: { message } };
    case "rate_limited":
      return { key: "rate_limited", values: { message } };
    default:
      return { key: "generic", values: { message } };
  }
}
