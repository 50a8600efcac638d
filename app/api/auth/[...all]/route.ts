// /api/auth/* – better-auth's endpoints (sign-in, sign-out, session, change-password). Public sign-up is off:
// accounts come from /api/setup, invites and admins. E-mail sign-in is rate-limited by our guard.
import { getAuth } from "@/lib/server/auth/auth";
import { guardSignIn } from "@/lib/server/auth/sign-in-guard";

export const dynamic = "force-dynamic";

const handler = (req: Request) => getAuth(req.headers).handler(req);

export const GET = handler;

export async function POST(req: Request): Promise<Response> {
  if (new URL(req.url).pathname.endsWith("/sign-in/email")) return guardSignIn(req, handler);
  return handler(req);
}
