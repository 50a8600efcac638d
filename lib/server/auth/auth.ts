import "server-only";

import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";

import { env } from "@/env.mjs";
import { MIN_PASSWORD_LENGTH } from "@/lib/schemas/account";
import { db, dbKind } from "@/lib/server/db";
import { serverSecret } from "@/lib/server/secret";

import { userNameHooks } from "./name-hooks";

const SESSION_DAYS = 30;

// better-auth owns passwords (scrypt), sessions (random tokens stored in the DB) and signed cookies. We only
// choose policy: no public sign-up (accounts come from the setup page, invites or an admin), our own sign-in
// rate limit (see rate-limit.ts; its IP-keyed one would lock a whole office out), and cookie security.
function createAuth(secure: boolean) {
  return betterAuth({
    appName: "MJ Studio",
    secret: serverSecret(),
    // The host the browser used, so one install works as localhost, a LAN address or a domain.
    baseURL: { allowedHosts: ["*"], protocol: secure ? "https" : "http" },
    basePath: "/api/auth",
    // The studio never calls these; verify-password would let a stolen session guess the password unslowed.
    disabledPaths: ["/verify-password", "/verify-email", "/send-verification-email", "/change-email"],
    database: prismaAdapter(db, { provider: dbKind === "postgres" ? "postgresql" : "sqlite" }),
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: 200,
      revokeSessionsOnPasswordReset: true,
    },
    user: {
      additionalFields: {
        role: { type: "string", required: false, defaultValue: "member", input: false },
        dailyLimit: { type: "number", required: false, input: false },
        disabled: { type: "boolean", required: false, defaultValue: false, input: false },
      },
    },
    session: {
      expiresIn: SESSION_DAYS * 24 * 60 * 60,
      updateAge: 24 * 60 * 60,
      // Off, and it must stay off: with it a signed cookie would stand in for the session row for minutes, so a
      // sign-out, a disabled member or a revoked session would still pass on every instance that has not looked
      // at the database since (and on this one). Sessions are rows, shared by every instance.
      cookieCache: { enabled: false },
    },
    rateLimit: { enabled: false },
    advanced: {
      useSecureCookies: secure,
      trustedProxyHeaders: env.TRUST_PROXY,
      ipAddress: { ipAddressHeaders: env.TRUST_PROXY ? ["x-forwarded-for"] : [] },
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
    },
    databaseHooks: {
      // Names obey our one rule even on better-auth's own write paths (update-user, sign-up).
      user: userNameHooks,
      session: {
        create: {
          // A disabled member keeps their history but cannot start a session.
          before: async (session) => {
            const user = await db.user.findUnique({
              where: { id: session.userId },
              select: { disabled: true },
            });
            return Boolean(user && !user.disabled);
          },
        },
      },
    },
    telemetry: { enabled: false },
  });
}

type Auth = ReturnType<typeof createAuth>;
const globalForAuth = globalThis as unknown as { mjStudioAuth?: { secure?: Auth; plain?: Auth } };

/**
 * Whether the browser reached us over TLS. `next start` itself only speaks HTTP, so TLS means a reverse proxy
 * in front, which says so in X-Forwarded-Proto — believed only with TRUST_PROXY (a client could send it too).
 */
export function isTlsRequest(headers: Headers): boolean {
  return env.TRUST_PROXY && headers.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https";
}

/**
 * Cookies are Secure (and `__Secure-` prefixed) exactly when the request came over TLS; plain HTTP on a LAN
 * address would otherwise drop them. One instance per kind, each created on first use (never during
 * `next build`, which must not touch the secret file).
 */
export function getAuth(headers: Headers): Auth {
  const secure = isTlsRequest(headers);
  const cache = (globalForAuth.mjStudioAuth ??= {});
  if (secure) return (cache.secure ??= createAuth(true));
  return (cache.plain ??= createAuth(false));
}
