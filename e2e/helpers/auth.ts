// Accounts for the e2e suite. The setup project creates the first admin on the fresh e2e database and saves
// its session; specs that need other members create them through the admin API with unique e-mails.
import {
  type APIRequestContext,
  type Browser,
  type BrowserContext,
  expect,
  type Page,
  request as playwrightRequest,
  type TestInfo,
} from "@playwright/test";
import { randomUUID } from "node:crypto";

export const ADMIN = { name: "Ada Admin", email: "ada.admin@example.com", password: "e2e-admin-password" };
export const ADMIN_STATE = "e2e/.artifacts/auth/admin.json";

export interface Member {
  id: string;
  name: string;
  email: string;
  password: string;
}

export async function signIn(
  api: APIRequestContext,
  user: { email: string; password: string },
): Promise<void> {
  // better-auth wants the Origin a browser would send; the context's own base URL is that origin.
  const origin = new URL((await api.get("/api/health")).url()).origin;
  const res = await api.post("/api/auth/sign-in/email", {
    data: { email: user.email, password: user.password },
    headers: { Origin: origin },
  });
  expect(res.status(), await res.text()).toBe(200);
}

/** An API client without any session: what a stranger (or a password guesser) gets. */
export function signedOutApi(baseURL: string): Promise<APIRequestContext> {
  return playwrightRequest.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
}

/** An API client signed in as `member`, beside the admin's own `request`. */
export async function apiAs(member: { email: string; password: string }, baseURL: string) {
  const api = await signedOutApi(baseURL);
  await signIn(api, member);
  return api;
}

/** One e-mail sign-in attempt, sent with the studio's Origin as a browser would; the status is the test's. */
export function signInAttempt(
  api: APIRequestContext,
  baseURL: string,
  member: { email: string },
  password: string,
) {
  return api.post("/api/auth/sign-in/email", {
    data: { email: member.email, password },
    headers: { Origin: new URL(baseURL).origin },
  });
}

/** Creates the first admin (fresh database) or signs in as them (a reused dev server). */
export async function ensureAdmin(api: APIRequestContext): Promise<void> {
  const res = await api.post("/api/setup", { data: ADMIN });
  if (res.status() === 201) return;
  expect(res.status(), await res.text()).toBe(409);
  await signIn(api, ADMIN);
}

/** A new member (unique per call) created by the signed-in admin `adminApi`. */
export async function createMember(
  adminApi: APIRequestContext,
  name: string,
  options: { dailyLimit?: number | null; role?: "admin" | "member" } = {},
): Promise<Member> {
  const email = `${name.toLowerCase().replace(/\W+/g, ".")}.${randomUUID().slice(0, 8)}@example.com`;
  const password = `pw-${randomUUID()}`;
  const res = await adminApi.post("/api/admin/members", {
    data: { name, email, password, role: options.role ?? "member", dailyLimit: options.dailyLimit ?? null },
  });
  expect(res.status(), await res.text()).toBe(201);
  const { id } = (await res.json()) as { id: string };
  return { id, name, email, password };
}

/** Signs a browser context in as `member` (its pages and its `request` then share the session). */
export async function signInContext(
  context: BrowserContext,
  member: { email: string; password: string },
): Promise<void> {
  await signIn(context.request, member);
}

/**
 * A signed-out browser context of this project's device (desktop or touch phone): someone else at another
 * computer, without the admin session the project starts with.
 */
export async function signedOutContext(browser: Browser, testInfo: TestInfo): Promise<BrowserContext> {
  const { viewport, hasTouch, isMobile, userAgent, deviceScaleFactor, baseURL, locale } =
    testInfo.project.use;
  return browser.newContext({
    viewport,
    hasTouch,
    isMobile,
    userAgent,
    deviceScaleFactor,
    baseURL,
    locale,
    storageState: { cookies: [], origins: [] },
  });
}

/** A page in a fresh context of this project's device, signed in as `member`. */
export async function pageAs(
  browser: Browser,
  testInfo: TestInfo,
  member: { email: string; password: string },
): Promise<Page> {
  const context = await signedOutContext(browser, testInfo);
  await signIn(context.request, member);
  return context.newPage();
}
