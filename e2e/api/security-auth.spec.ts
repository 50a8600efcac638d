// Accounts and pages (issue 8 item 8): sign-in slows down instead of locking, a disabled account says no
// more than a wrong password, health tells strangers only up/down, every response carries the security
// headers, and the data folder is private to the studio's user.
import { expect, test } from "@playwright/test";
import { readdirSync, statSync } from "node:fs";
import path from "node:path";

import { E2E_DATA_DIR } from "../../playwright.config";
import { createMember, signedOutApi as signedOut, signInAttempt } from "../helpers/auth";
import { errorOf } from "../helpers/json";

test("wrong passwords make one account wait a bounded time (429 + Retry-After); another account is unaffected", async ({
  request,
  baseURL,
}) => {
  const target = await createMember(request, "Gil Guessed");
  const bystander = await createMember(request, "Bea Bystander");
  const api = await signedOut(baseURL!);
  for (let i = 0; i < 4; i += 1) {
    expect((await signInAttempt(api, baseURL!, target, `nope-${i}`)).status()).toBe(401);
  }
  const waiting = await signInAttempt(api, baseURL!, target, target.password);
  expect(waiting.status()).toBe(429);
  const seconds = Number(waiting.headers()["retry-after"]);
  // A delay, never a lock: at most SIGNIN_MAX_DELAY_MS (30 s by default).
  expect(seconds).toBeGreaterThanOrEqual(1);
  expect(seconds).toBeLessThanOrEqual(30);
  const error = await errorOf(waiting);
  expect(error.code).toBe("rate_limited");
  expect(error.details?.retryAfterSeconds).toBe(seconds);
  // Someone hammering one account does not slow anyone else down, even from the same client.
  expect((await signInAttempt(api, baseURL!, bystander, bystander.password)).status()).toBe(200);
  await api.dispose();
});

test("a guesser cannot keep out a browser that signed in before, nor dodge the count with a form body", async ({
  request,
  baseURL,
}) => {
  const owner = await createMember(request, "Ola Owner");
  const ownerApi = await signedOut(baseURL!);
  expect((await signInAttempt(ownerApi, baseURL!, owner, owner.password)).status()).toBe(200);
  const origin = new URL(baseURL!).origin;
  await ownerApi.post("/api/auth/sign-out", { data: {}, headers: { Origin: origin } });

  const guesser = await signedOut(baseURL!);
  // A url-encoded body is refused before better-auth reads it (the delay counts by the e-mail in JSON).
  const form = await guesser.post("/api/auth/sign-in/email", {
    form: { email: owner.email, password: "form-guess" },
    headers: { Origin: origin },
  });
  expect(form.status()).toBe(415);
  for (let i = 0; i < 6; i += 1) await signInAttempt(guesser, baseURL!, owner, `guess-${i}`);
  expect((await signInAttempt(guesser, baseURL!, owner, owner.password)).status()).toBe(429);
  // The owner's browser keeps its own allowance while the guesser waits.
  expect((await signInAttempt(ownerApi, baseURL!, owner, owner.password)).status()).toBe(200);
  // Password checks the studio never uses are switched off (a stolen session could guess with them unslowed).
  const verify = await ownerApi.post("/api/auth/verify-password", {
    data: { password: "guess" },
    headers: { Origin: origin },
  });
  expect(verify.status()).toBe(404);
  await ownerApi.dispose();
  await guesser.dispose();
});

test("a disabled account answers exactly like a wrong password, right password or not", async ({
  request,
  baseURL,
}) => {
  const gone = await createMember(request, "Dot Disabled");
  const disable = await request.patch(`/api/admin/members/${gone.id}`, { data: { disabled: true } });
  expect(disable.status(), await disable.text()).toBe(200);
  const api = await signedOut(baseURL!);
  const right = await signInAttempt(api, baseURL!, gone, gone.password);
  const wrong = await signInAttempt(api, baseURL!, gone, "not-the-password");
  expect(right.status()).toBe(401);
  expect(wrong.status()).toBe(right.status());
  expect(await right.text()).toBe(await wrong.text());
  expect(right.headers()["set-cookie"]).toBeUndefined();
  await api.dispose();
});

test("anonymous health says only up; an admin still gets the details", async ({ request, baseURL }) => {
  const api = await signedOut(baseURL!);
  const anonymous = await api.get("/api/health");
  expect(anonymous.status()).toBe(200);
  expect(await anonymous.text()).toBe('{"status":"up"}');
  await api.dispose();
  const admin = await request.get("/api/health");
  expect(await admin.json()).toMatchObject({ ok: true, database: true, tracker: { running: true } });
});

test("pages and API responses carry the security headers; page scripts run only with a fresh nonce", async ({
  request,
  baseURL,
}) => {
  const api = await signedOut(baseURL!);
  const common = (headers: Record<string, string>, url: string) => {
    expect(headers["x-frame-options"], url).toBe("DENY");
    expect(headers["x-content-type-options"], url).toBe("nosniff");
    expect(headers["referrer-policy"], url).toBe("same-origin");
    expect(headers["content-security-policy"], url).toContain("frame-ancestors 'none'");
  };
  const nonces: string[] = [];
  for (const [client, url] of [
    [api, "/sign-in"],
    [request, "/"],
    [request, "/usage"],
  ] as const) {
    const page = await client.get(url);
    expect(page.status(), url).toBe(200);
    const headers = page.headers();
    common(headers, url);
    const nonce = /script-src [^;]*'nonce-([^']+)'/.exec(headers["content-security-policy"] ?? "")?.[1];
    expect(nonce, url).toBeTruthy();
    expect(headers["content-security-policy"]).not.toMatch(/script-src[^;]*unsafe-inline/);
    // Next marks its own scripts with the nonce, so they run under the policy.
    expect(await page.text()).toContain(`nonce="${nonce}"`);
    nonces.push(nonce!);
  }
  expect(new Set(nonces).size).toBe(nonces.length);

  for (const [client, url] of [
    [api, "/api/health"],
    [request, "/api/tasks"],
    [api, "/api/tasks"],
  ] as const) {
    const res = await client.get(url);
    common(res.headers(), url);
    expect(res.headers()["content-security-policy"], url).toContain("default-src 'none'");
  }
  await api.dispose();
});

test("the data folder is 0700 and the database and secret files in it 0600", async ({ request }) => {
  // Make sure the lazily created files exist: a session touches the secret, a task the database's WAL.
  expect((await request.get("/api/tasks")).status()).toBe(200);
  const dir = path.resolve(E2E_DATA_DIR);
  expect((statSync(dir).mode & 0o777).toString(8)).toBe("700");
  const files = readdirSync(dir).filter((name) => statSync(path.join(dir, name)).isFile());
  expect(files).toEqual(expect.arrayContaining(["studio.db", "studio-secret"]));
  for (const name of files) {
    expect((statSync(path.join(dir, name)).mode & 0o777).toString(8), name).toBe("600");
  }
});
