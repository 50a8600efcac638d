import "server-only";

// Proxies echo the callback URL we gave them (with its token, a write capability: notify-hook.ts) in every task
// they return, as `properties.notifyHook` (mj-api.md 5.3) and, on some, elsewhere. The raw upstream JSON is kept in
// the database for diagnosis, which must not keep the token: every `notifyHook` key is dropped, and any other
// string that contains our callback route is replaced, at any depth.

const CALLBACK_ROUTE = "/api/mj/notify";
const REMOVED = "[callback URL removed]";
// Parsed JSON from a ≤ 64 KB callback or a bounded read; deeper nesting is not a task and is cut off.
const MAX_DEPTH = 32;

/** A copy of `raw` without any copy of the notify callback URL. */
export function withoutCallbackUrls(raw: unknown, depth = 0): unknown {
  if (typeof raw === "string") return raw.includes(CALLBACK_ROUTE) ? REMOVED : raw;
  if (typeof raw !== "object" || raw === null) return raw;
  if (depth >= MAX_DEPTH) return null;
  if (Array.isArray(raw)) return raw.map((item) => withoutCallbackUrls(item, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (key.toLowerCase() === "notifyhook") continue;
    out[key] = withoutCallbackUrls(value, depth + 1);
  }
  return out;
}
