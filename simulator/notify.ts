import "server-only";

import { currentHost } from "./host";

// notifyHook delivery as the proxies do it (mj-api.md 10): one POST per transition, no retry, the response and any
// error ignored. Deliveries are not awaited, so receivers may see them out of order, as with the real thing.
// Unlike a real proxy, the simulator runs inside the studio with the studio's network access, so it calls back
// only the studio's own notify route, or those of the studios the operator named (SIM_NOTIFY_ORIGINS): any other
// hook would let a caller aim server-side POSTs at the LAN.

const NOTIFY_TIMEOUT_MS = 5_000;

export type Notifier = (hook: string, body: Record<string, unknown>) => void;

/** Same origin and path as the studio's own callback; the query (the token) is the studio's to check. */
export function isStudioCallback(hook: string, studioHook: string | undefined): boolean {
  if (!studioHook) return false;
  try {
    const url = new URL(hook);
    const own = new URL(studioHook);
    return url.origin === own.origin && url.pathname === own.pathname;
  } catch {
    return false;
  }
}

/** Whether the host lets callbacks go to this hook: its own studio's, or one of the studios it was told of. */
export function isAllowedCallback(hook: string): boolean {
  const host = currentHost();
  const allowed = [host.callbackUrl(), ...(host.otherStudioHooks?.() ?? [])];
  return allowed.some((own) => isStudioCallback(hook, own));
}

export const postNotification: Notifier = (hook, body) => {
  if (!isAllowedCallback(hook)) return;
  void fetch(hook, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(NOTIFY_TIMEOUT_MS),
    // A redirect would carry the POST to an address nobody vetted.
    redirect: "manual",
  })
    .then((res) => res.body?.cancel())
    .catch(() => {
      // Swallowed on purpose: a dead hook must not affect the task.
    });
};
