import { describe, expect, it } from "vitest";

import { memoryFailureStore } from "./failure-store-memory";
import { FailureLimiter } from "./rate-limit";
import { DEFAULT_SIGN_IN_DELAY, SignInDelay } from "./sign-in-delay";
import { createSignInGuard } from "./sign-in-guard";

const PASSWORD = "right-password";

// Stands in for known-device.ts: a browser is "known" for an e-mail when it sends `known=<email>`.
const devices = {
  isKnown: (req: Request, email: string) => req.headers.get("cookie") === `known=${email}`,
  cookie: (_req: Request, email: string) => `known=${email}`,
};

function setup(trustProxy = false) {
  const clock = { now: 1_000_000 };
  const guard = createSignInGuard({
    accounts: new SignInDelay(memoryFailureStore(), DEFAULT_SIGN_IN_DELAY, () => clock.now),
    clients: new FailureLimiter(memoryFailureStore(), 5, 60_000, () => clock.now),
    trustProxy,
    devices,
  });
  // Stands in for better-auth: a disabled account's right password gets its session refused, which
  // better-auth answers differently from a wrong password.
  const betterAuth = async (req: Request) => {
    const { email, password } = (await req.json()) as { email: string; password: string };
    if (password !== PASSWORD) {
      return Response.json(
        { code: "INVALID_EMAIL_OR_PASSWORD", message: "Invalid email or password" },
        { status: 401 },
      );
    }
    if (email.startsWith("disabled")) {
      return Response.json(
        { code: "FAILED_TO_CREATE_SESSION", message: "Failed to create session" },
        { status: 401 },
      );
    }
    return Response.json({ token: "secret-token", user: { id: "u1" } });
  };
  const attempt = (email: string, password: string, forwardedFor?: string, cookie?: string) =>
    guard(
      new Request("http://studio.test/api/auth/sign-in/email", {
        method: "POST",
        headers: {
          "content-type": "application/json",
          ...(forwardedFor ? { "x-forwarded-for": forwardedFor } : {}),
          ...(cookie ? { cookie } : {}),
        },
        body: JSON.stringify({ email, password }),
      }),
      betterAuth,
    );
  return { clock, attempt };
}

describe("guardSignIn", () => {
  it("a guesser holding an account at its wait cannot keep out a browser that signed in there before", async () => {
    const { clock, attempt } = setup();
    const first = await attempt("owner@x", PASSWORD);
    expect(first.status).toBe(200);
    const proof = first.headers.get("Set-Cookie");
    expect(proof).toBe("known=owner@x");
    // The guesser keeps the shared count busy: every attempt from elsewhere now waits.
    for (let i = 0; i < 12; i += 1) {
      await attempt("owner@x", `guess-${i}`);
      clock.now += 500;
    }
    expect((await attempt("owner@x", PASSWORD)).status).toBe(429);
    // The owner's browser has its own allowance.
    expect((await attempt("owner@x", PASSWORD, undefined, proof ?? "")).status).toBe(200);
    // A proof for another account does not help.
    expect((await attempt("owner@x", PASSWORD, undefined, "known=other@x")).status).toBe(429);
  });

  it("answers 429 with Retry-After and the seconds during the wait, then lets the right password in", async () => {
    const { clock, attempt } = setup();
    for (let i = 0; i < 4; i += 1) expect((await attempt("a@x", "wrong")).status).toBe(401);
    const limited = await attempt("a@x", PASSWORD);
    expect(limited.status).toBe(429);
    expect(limited.headers.get("Retry-After")).toBe("1");
    expect(await limited.json()).toMatchObject({
      error: {
        code: "rate_limited",
        message: "Too many attempts, try again in 1 s.",
        details: { retryAfterSeconds: 1 },
      },
    });
    clock.now += 1_000;
    const ok = await attempt("a@x", PASSWORD);
    expect(ok.status).toBe(200);
    expect(await ok.text()).not.toContain("secret-token");
  });

  it("answers a disabled account exactly like a wrong password, right password or not", async () => {
    const { attempt } = setup();
    const right = await attempt("disabled@x", PASSWORD);
    const wrong = await attempt("disabled@x", "wrong");
    const unknown = await attempt("nobody@x", "wrong");
    expect(right.status).toBe(401);
    const body = await right.text();
    expect(await wrong.text()).toBe(body);
    expect(await unknown.text()).toBe(body);
    expect(wrong.status).toBe(401);
  });

  it("does not slow other accounts down", async () => {
    const { attempt } = setup();
    for (let i = 0; i < 8; i += 1) await attempt("a@x", "wrong");
    expect((await attempt("a@x", PASSWORD)).status).toBe(429);
    expect((await attempt("b@x", PASSWORD)).status).toBe(200);
  });

  it("budgets failures per client IP only behind a trusted proxy, by the address the proxy appended", async () => {
    const trusted = setup(true);
    for (let i = 0; i < 5; i += 1) await trusted.attempt(`user${i}@x`, "wrong", `1.1.1.${i}, 10.0.0.9`);
    expect((await trusted.attempt("fresh@x", PASSWORD, "9.9.9.9, 10.0.0.9")).status).toBe(429);
    expect((await trusted.attempt("fresh@x", PASSWORD, "10.0.0.8")).status).toBe(200);

    const untrusted = setup(false);
    for (let i = 0; i < 5; i += 1) await untrusted.attempt(`user${i}@x`, "wrong", "10.0.0.9");
    expect((await untrusted.attempt("fresh@x", PASSWORD, "10.0.0.9")).status).toBe(200);
  });
});

describe("guardSignIn's failure keys", () => {
  it("stay short for any e-mail the body cap lets through, and one long e-mail still earns its wait", async () => {
    const clock = { now: 1_000_000 };
    const store = memoryFailureStore();
    const keys: string[] = [];
    const recording = { ...store, add: (key: string, at: Date) => (keys.push(key), store.add(key, at)) };
    const guard = createSignInGuard({
      accounts: new SignInDelay(recording, DEFAULT_SIGN_IN_DELAY, () => clock.now),
      clients: new FailureLimiter(memoryFailureStore(), 5, 60_000, () => clock.now),
      trustProxy: false,
    });
    const refuse = () => Promise.resolve(Response.json({}, { status: 401 }));
    // Valid for better-auth's z.email(), ~12 KB: every failure would otherwise store (and index) all of it.
    const email = `${"a".repeat(60)}@${"b".repeat(60).concat(".").repeat(200)}com`;
    const attempt = () =>
      guard(
        new Request("http://studio.test/api/auth/sign-in/email", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ email, password: "guess" }),
        }),
        refuse,
      );
    for (let i = 0; i < DEFAULT_SIGN_IN_DELAY.freeFailures + 1; i++) await attempt();
    expect(keys.every((key) => key.length <= 300)).toBe(true);
    expect(new Set(keys).size).toBe(1);
    expect((await attempt()).status).toBe(429);
  });
});

describe("guardSignIn under parallel guesses", () => {
  it("lets at most the free failures plus one reach the password check, per account and per client IP", async () => {
    const clock = { now: 1_000_000 };
    const maxPerIp = 5;
    const guard = createSignInGuard({
      accounts: new SignInDelay(memoryFailureStore(), DEFAULT_SIGN_IN_DELAY, () => clock.now),
      clients: new FailureLimiter(memoryFailureStore(), maxPerIp, 60_000, () => clock.now),
      trustProxy: true,
    });
    let checked = 0;
    // A password check that takes a while, so every attempt is in flight before any of them is answered.
    const slowRefusal = async () => {
      checked += 1;
      await new Promise((resolve) => setTimeout(resolve, 5));
      return Response.json({}, { status: 401 });
    };
    const attempt = (email: string, ip: string) =>
      guard(
        new Request("http://studio.test/api/auth/sign-in/email", {
          method: "POST",
          headers: { "content-type": "application/json", "x-forwarded-for": ip },
          body: JSON.stringify({ email, password: "guess" }),
        }),
        slowRefusal,
      );

    const oneAccount = await Promise.all(Array.from({ length: 10 }, (_, i) => attempt("a@x", `1.1.1.${i}`)));
    expect(checked).toBe(DEFAULT_SIGN_IN_DELAY.freeFailures + 1);
    expect(oneAccount.filter((r) => r.status === 429)).toHaveLength(10 - checked);

    checked = 0;
    const oneIp = await Promise.all(Array.from({ length: 10 }, (_, i) => attempt(`u${i}@x`, "9.9.9.9")));
    expect(checked).toBe(maxPerIp);
    expect(oneIp.filter((r) => r.status === 429)).toHaveLength(10 - maxPerIp);
  });
});
