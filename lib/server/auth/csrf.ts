import "server-only";

import { env } from "@/env.mjs";
import { AppError } from "@/lib/errors";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Cross-site request forgery guard for every mutating /api call. Browsers label each request with where it
 * came from (Sec-Fetch-Site, Origin); a page on another site cannot remove those labels, so a mutation is
 * refused when either names a different origin. Requests carrying neither come from scripts and tools, which
 * cannot ride a victim's cookies. Session cookies are also SameSite=Lax, a second layer.
 */
export function assertSameOrigin(req: Request): void {
  if (SAFE_METHODS.has(req.method)) return;
  const site = req.headers.get("sec-fetch-site");
  if (site && site !== "same-origin" && site !== "none") throw rejected();
  const origin = req.headers.get("origin");
  if (!origin) return;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    throw rejected();
  }
  if (originHost !== requestHost(req)) throw rejected();
}

function requestHost(req: Request): string {
  const forwarded = env.TRUST_PROXY ? req.headers.get("x-forwarded-host")?.split(",")[0]?.trim() : undefined;
  return forwarded || req.headers.get("host") || new URL(req.url).host;
}

function rejected(): AppError {
  return new AppError("csrf_rejected", "This request came from another site and was refused.");
}
