import "server-only";

import { createHash } from "node:crypto";

import { env } from "@/env.mjs";
import { db } from "@/lib/server/db";

import { prismaFailureStore } from "./failure-store";
import { knownDevices } from "./known-device";
import { FailureLimiter } from "./rate-limit";
import { tooManyAttempts, withoutSessionToken, wrongCredentials } from "./sign-in-answers";
import { DEFAULT_SIGN_IN_DELAY, SignInDelay } from "./sign-in-delay";

type SignIn = (req: Request) => Promise<Response>;

export interface SignInGuardParts {
  /** Per account: a growing, capped wait after repeated failures (never a lock). */
  accounts: SignInDelay;
  /** Per client IP: a failure budget per window, only when the client IP can be believed. */
  clients: FailureLimiter;
  trustProxy: boolean;
  /** Browsers that signed in to an account before (see known-device.ts); none in unit tests by default. */
  devices?: {
    isKnown(req: Request, email: string): boolean;
    cookie(req: Request, email: string): string;
  };
}

/**
 * The client address, or null when it cannot be believed. Without TRUST_PROXY any client could name any
 * address in X-Forwarded-For, so a per-IP budget would be both dodgeable and a way to lock out others.
 * With it, the LAST entry is the one our own proxy appended; earlier entries are whatever the client sent.
 */
export function clientIp(req: Request, trustProxy: boolean): string | null {
  if (!trustProxy) return null;
  const hops = req.headers.get("x-forwarded-for")?.split(",") ?? [];
  return hops.at(-1)?.trim() || null;
}

async function emailOf(req: Request): Promise<string> {
  try {
    const body: unknown = await req.clone().json();
    const email = body && typeof body === "object" && "email" in body ? body.email : undefined;
    return typeof email === "string" ? email.trim().toLowerCase() : "";
  } catch {
    return "";
  }
}

/** The longest address SMTP can carry (RFC 5321); every real account's e-mail is shorter. */
const MAX_EMAIL_IN_KEY = 254;

/**
 * The e-mail as it appears in a failure key. better-auth's e-mail check has no length limit, so a guesser could
 * otherwise store (and index) up to the body cap per failure; on PostgreSQL a key beyond the btree row limit
 * (~2.7 KB) would even fail the insert. Longer ones are hashed: no account has one, and the same string still
 * maps to the same key, so it earns its wait like any other.
 */
export function emailForKey(email: string): string {
  return email.length <= MAX_EMAIL_IN_KEY
    ? email
    : `sha256:${createHash("sha256").update(email).digest("hex")}`;
}

/**
 * Wraps better-auth's e-mail sign-in: answers 429 (with the wait) while the account's delay or the client's
 * budget runs, counts every failure, answers all failures alike, and clears the account after a success.
 *
 * Each attempt is written as a failure row BEFORE its password is checked, and its wait is computed from the rows
 * written before it. Reading first and writing after the check would let N parallel guesses (on one instance or
 * several) all read the same count and all reach the password check; this way the k-th attempt in flight sees
 * the k-1 before it (on PostgreSQL an insert not yet committed can hide for that instant; single-statement
 * inserts commit at once, so that is a race of microseconds, not of a password check). The row is taken back when the attempt turns out to be no failure: after a success, and
 * after a 429. A 429 checked no password, so it taught the guesser nothing; counting it would let retries during
 * a wait (the owner's as much as a guesser's) push the wait out for ever, turning the delay into the lock that
 * sign-in-delay.ts exists to avoid. Other answers (a malformed request, better-auth's own errors) were never
 * counted either.
 */
export function createSignInGuard(parts: SignInGuardParts) {
  return async function guard(req: Request, signIn: SignIn): Promise<Response> {
    const email = await emailOf(req);
    // A browser that signed in to this account before waits on its own count, not on the one a guesser
    // elsewhere keeps at its cap.
    const keyed = emailForKey(email);
    const account = parts.devices?.isKnown(req, email) ? `known:${keyed}` : `email:${keyed}`;
    const ip = clientIp(req, parts.trustProxy);
    const client = ip ? `ip:${ip}` : null;
    const accountAttempt = await parts.accounts.begin(account);
    const clientAttempt = client ? await parts.clients.begin(client) : null;
    const withdraw = async () => {
      await parts.accounts.withdraw(accountAttempt);
      if (clientAttempt) await parts.clients.withdraw(clientAttempt);
    };
    const waitMs = Math.max(accountAttempt.retryAfterMs, clientAttempt?.retryAfterMs ?? 0);
    if (waitMs > 0) {
      await withdraw();
      return tooManyAttempts(waitMs);
    }

    let response: Response;
    try {
      response = await signIn(req);
    } catch (error) {
      await withdraw().catch(() => undefined);
      throw error;
    }
    // 401: unknown e-mail, wrong password, or a disabled account's session refused by our database hook;
    // 403: better-auth's other refusals. One answer for all, so none of them tells a guesser anything.
    if (response.status === 401 || response.status === 403) {
      await parts.accounts.failed(account);
      if (client) await parts.clients.failed(client);
      return wrongCredentials();
    }
    if (!response.ok) {
      await withdraw();
      return response;
    }
    await parts.accounts.reset(account);
    if (clientAttempt) await parts.clients.withdraw(clientAttempt);
    const answer = await withoutSessionToken(response);
    if (parts.devices) answer.headers.append("Set-Cookie", parts.devices.cookie(req, email));
    return answer;
  };
}

// One guard per process (on globalThis so dev reloads do not build another); the counts are in the database.
const globalForGuard = globalThis as unknown as {
  mjStudioSignInGuard?: ReturnType<typeof createSignInGuard>;
};

export const guardSignIn = (globalForGuard.mjStudioSignInGuard ??= createSignInGuard({
  accounts: new SignInDelay(prismaFailureStore(db, ["email:", "known:"]), {
    ...DEFAULT_SIGN_IN_DELAY,
    maxDelayMs: env.SIGNIN_MAX_DELAY_MS,
  }),
  clients: new FailureLimiter(prismaFailureStore(db, ["ip:"]), env.SIGNIN_MAX_FAILURES, env.SIGNIN_WINDOW_MS),
  trustProxy: env.TRUST_PROXY,
  devices: knownDevices,
}));
