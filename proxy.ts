// An optimistic first check for pages: a visitor without any session cookie is sent straight to sign-in
// (with a real redirect that remembers where they were going) instead of rendering the studio layout first.
// It only looks for the cookie; the layout and every /api route verify the session itself.
import { type NextRequest, NextResponse } from "next/server";

const SESSION_COOKIES = ["better-auth.session_token", "__Secure-better-auth.session_token"];

export function proxy(request: NextRequest) {
  if (SESSION_COOKIES.some((name) => request.cookies.has(name))) return NextResponse.next();
  const url = request.nextUrl.clone();
  const next = `${url.pathname}${url.search}`;
  url.pathname = "/sign-in";
  url.search = next === "/" ? "" : `?next=${encodeURIComponent(next)}`;
  return NextResponse.redirect(url);
}

export const config = {
  // Pages only: not the API, the simulator, Next's assets, the signed-out pages or public files.
  matcher: [
    "/((?!api/|sim/|_next/|sign-in|setup|invite/|icon\\.svg|icon-maskable\\.svg|manifest\\.webmanifest|favicon\\.ico|robots\\.txt).*)",
  ],
};
