import "server-only";

import { AppError } from "@/lib/errors";

// better-auth's own answer to an unknown e-mail or a wrong password. Every failed sign-in gets exactly this,
// so nobody can tell a disabled account (whose right password better-auth answers differently) from a typo.
const WRONG_CREDENTIALS_BODY = { code: "INVALID_EMAIL_OR_PASSWORD", message: "Invalid email or password" };

export function wrongCredentials(): Response {
  return Response.json(WRONG_CREDENTIALS_BODY, { status: 401, headers: { "Cache-Control": "no-store" } });
}

/** 429 with the wait in whole seconds, in `Retry-After` and in the body (the form words it). */
export function tooManyAttempts(waitMs: number): Response {
  const seconds = Math.max(1, Math.ceil(waitMs / 1000));
  const error = new AppError("rate_limited", `Too many attempts, try again in ${seconds} s.`, {
    retryAfterSeconds: seconds,
  });
  return Response.json(error.toBody(), {
    status: error.status,
    headers: { "Retry-After": String(seconds), "Cache-Control": "no-store" },
  });
}

/**
 * better-auth also returns the session token in the JSON body; the httpOnly cookie is all the browser needs,
 * and a token that page scripts can read is one an injected script could steal.
 */
export async function withoutSessionToken(response: Response): Promise<Response> {
  const body: unknown = await response.json().catch(() => null);
  const user = body && typeof body === "object" && "user" in body ? body.user : null;
  const headers = new Headers(response.headers);
  headers.delete("content-length");
  headers.set("Cache-Control", "no-store");
  return Response.json({ user }, { status: response.status, headers });
}
