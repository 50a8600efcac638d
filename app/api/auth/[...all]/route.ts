// /api/auth/* – better-auth's endpoints (sign-in, sign-out, session, change-password). Public sign-up is off:
// accounts come from /api/setup, invites and admins. E-mail sign-in is rate-limited by our guard.
import { getAuth } from "@/lib/server/auth/auth";
import { guardAuthBody } from "@/lib/server/auth/auth-body-guard";
import { assertSameOrigin } from "@/lib/server/auth/csrf";
import { guardSignIn } from "@/lib/server/auth/sign-in-guard";
import { toErrorResponse } from "@/lib/server/http";

export const dynamic = "force-dynamic";

const handler = (req: Request) => getAuth(req.headers).handler(req);

export const GET = handler;

export async function POST(req: Request): Promise<Response> {
  // better-auth checks Origin itself, but accepts any host we serve; ours is the same-site rule as /api.
  try {
    assertSameOrigin(req);
    // Body cap and the display-name rule, before better-auth reads the body (see auth-body-guard.ts).
    req = await guardAuthBody(req);
    // Inside the try: the guard reads and writes the SignInFailure table, and a database error must become our
    // generic 500, logged, like every other route's.
    if (new URL(req.url).pathname.endsWith("/sign-in/email")) return await guardSignIn(req, handler);
  } catch (error) {
    return toErrorResponse(error);
  }
  return handler(req);
}
