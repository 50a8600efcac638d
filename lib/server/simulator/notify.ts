import "server-only";

// notifyHook delivery as the proxies do it (mj-api.md 10): one POST per transition, no retry, the response and any
// error ignored. Deliveries are not awaited, so receivers may see them out of order, as with the real thing.

const NOTIFY_TIMEOUT_MS = 5_000;

export type Notifier = (hook: string, body: Record<string, unknown>) => void;

export const postNotification: Notifier = (hook, body) => {
  let url: URL;
  try {
    url = new URL(hook);
  } catch {
    return;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return;
  void fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(NOTIFY_TIMEOUT_MS),
  })
    .then((res) => res.body?.cancel())
    .catch(() => {
      // Swallowed on purpose: a dead hook must not affect the task.
    });
};
