// Every page gets a Content-Security-Policy with a fresh script nonce (Next reads it from the request's CSP
// header and puts it on its own scripts). Signed-in pages also get an optimistic first check: a visitor
// without any session cookie is sent straight to sign-in (with a real redirect that remembers where they
// were going) instead of rendering the studio layout first. It only looks for the cookie; the layout and
// every /api route verify the session itself.
import { type NextRequest, NextResponse } from "next/server";

import { presignedImageOrigin, s3Settings } from "@/lib/s3-env.mjs";
import { newNonce, pageCsp } from "@/lib/security/headers.mjs";

const SESSION_COOKIES = ["better-auth.session_token", "__Secure-better-auth.session_token"];
// Pages for signed-out visitors: no session check, but the same CSP.
const SIGNED_OUT_PAGES = /^\/(sign-in|setup|invite\/)/;
// With S3_PRESIGN_SECONDS, images come from the bucket after a redirect; env.mjs validated these at start.
const IMAGE_ORIGIN = presignedImageOrigin(s3Settings(process.env));

export function proxy(request: NextRequest) {
  const csp = pageCsp(newNonce(), {
    dev: process.env.NODE_ENV === "development",
    imageOrigin: IMAGE_ORIGIN,
  });
  const { pathname } = request.nextUrl;
  if (SIGNED_OUT_PAGES.test(pathname) || SESSION_COOKIES.some((name) => request.cookies.has(name))) {
    const requestHeaders = new Headers(request.headers);
    requestHeaders.set("Content-Security-Policy", csp);
    const response = NextResponse.next({ request: { headers: requestHeaders } });
    response.headers.set("Content-Security-Policy", csp);
    return response;
  }
  const url = request.nextUrl.clone();
  const next = `${url.pathname}${url.search}`;
  url.pathname = "/sign-in";
  url.search = next === "/" ? "" : `?next=${encodeURIComponent(next)}`;
  const response = NextResponse.redirect(url);
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  // Pages only: not the API or the simulator (next.config.mjs gives them a data-only CSP), nor Next's
  // assets or public files.
  matcher: [
    {
      source:
        "/((?!api/|sim/|_next/static|_next/image|icon\\.svg|icon-maskable\\.svg|manifest\\.webmanifest|favicon\\.ico|robots\\.txt).*)",
    },
  ],
};
