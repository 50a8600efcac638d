import "server-only";

import { env } from "@/env.mjs";
import { AppError } from "@/lib/errors";
import { toErrorResponse } from "@/lib/server/http";

import { FailureLimiter } from "./rate-limit";

const globalForLimiter = globalThis as unknown as { mjStudioSignInLimiter?: FailureLimiter };
const limiter = (globalForLimiter.mjStudioSignInLimiter ??= new FailureLimiter(
  env.SIGNIN_MAX_FAILURES,
  env.SIGNIN_WINDOW_MS,
));

/** Keys a sign-in attempt counts against: the account, and the client when a trusted proxy names it. */
function keysFor(req: Request, email: string): string[] {
  const keys = [`email:${email.trim().toLowerCase()}`];
  const ip = env.TRUST_PROXY ? req.headers.get("x-forwarded-for")?.split(",")[0]?.trim() : undefined;
  if (ip) keys.push(`ip:${ip}`);
  return keys;
}

async function emailOf(req: Request): Promise<string> {
  try {
    const body: unknown = await req.clone().json();
    const email = body && typeof body === "object" && "email" in body ? body.email : undefined;
    return typeof email === "string" ? email : "";
  } catch {
    return "";
  }
}

/**
 * Wraps better-auth's e-mail sign-in: refuses while a key is over its failure budget (with the wait), counts
 * wrong passwords, and clears the account's count after a success.
 */
export async function guardSignIn(
  req: Request,
  signIn: (req: Request) => Promise<Response>,
): Promise<Response> {
  const keys = keysFor(req, await emailOf(req));
  const waitMs = Math.max(...keys.map((key) => limiter.retryAfterMs(key)));
  if (waitMs > 0) {
    const minutes = Math.ceil(waitMs / 60_000);
    const response = toErrorResponse(
      new AppError(
        "rate_limited",
        `Too many failed sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
        { retryAfterSeconds: Math.ceil(waitMs / 1000) },
      ),
    );
    response.headers.set("Retry-After", String(Math.ceil(waitMs / 1000)));
    return response;
  }
  const response = await signIn(req);
  if (response.status === 401 || response.status === 403) keys.forEach((key) => limiter.recordFailure(key));
  if (!response.ok) return response;
  limiter.reset(keys[0] ?? "");
  return withoutSessionToken(response);
}

/**
 * better-auth also returns the session token in the JSON body; the httpOnly cookie is all the browser needs,
 * and a token that page scripts can read is one an injected script could steal.
 */
async function withoutSessionToken(response: Response): Promise<Response> {
  const body: unknown = await response.json().catch(() => null);
  const user = body && typeof body === "object" && "user" in body ? body.user : null;
  const headers = new Headers(response.headers);
  headers.delete("content-length");
  headers.set("Cache-Control", "no-store");
  return Response.json({ user }, { status: response.status, headers });
}
