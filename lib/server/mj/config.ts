import "server-only";

import { env } from "@/env.mjs";
import type { AccountFilter } from "@/lib/schemas/admin-settings";
import { simulatorSecret } from "@/lib/server/secret";

import { currentUpstreamOverrides, type UpstreamOverrides } from "./upstream-cache";

export type AuthStyle = "bearer" | "mj-api-secret" | "authorization";
export type ModeName = "fast" | "relax" | "turbo" | "none";

export interface UpstreamConfig {
  /** Server root WITHOUT the trailing "/mj" (the client appends "/mj" itself). */
  baseUrl: string;
  apiKey: string | undefined;
  authStyle: AuthStyle;
  mode: ModeName;
  timeoutMs: number;
  simulator: boolean;
  /** Sent with submits; undefined = none. Saved {} means "no filter" even when MJ_ACCOUNT_FILTER is set. */
  accountFilter?: AccountFilter;
}

const DEFAULT_TIMEOUT_MS = 30_000;

/**
 * Operators paste base URLs in many shapes ("https://x/", "https://x/mj", "https://x/api/mj/").
 * We keep origin + path, drop trailing slashes and one trailing "/mj" segment so the client's
 * own "/mj" never doubles into "/mj/mj/". Userinfo/query/hash are dropped: fetch refuses
 * credentials in URLs and a query string cannot be combined with appended paths anyway.
 */
export function normaliseBaseUrl(raw: string): string {
  const url = new URL(raw.trim());
  let path = url.pathname.replace(/\/+$/, "");
  if (path.toLowerCase().endsWith("/mj")) path = path.slice(0, -3).replace(/\/+$/, "");
  return url.origin + path;
}

/**
 * Read on every call (cheap) so tests, a hot-reloaded env and a just-saved admin setting are all seen.
 * Admin-saved values win over env; env stays the default for every field left unsaved.
 */
export function getUpstreamConfig(): UpstreamConfig {
  return buildUpstreamConfig(currentUpstreamOverrides());
}

/** The merge itself, also used to test unsaved form values before they are saved. */
export function buildUpstreamConfig(saved: UpstreamOverrides): UpstreamConfig {
  const base = saved.baseUrl ?? env.MJ_API_BASE;
  const simulator = !base;
  const baseUrl = base ? normaliseBaseUrl(base) : `http://127.0.0.1:${env.PORT}/sim`;
  // The built-in simulator only answers to its own secret. A saved or env MJ_API_KEY belongs to the real
  // upstream it was configured for, and the simulator must never accept it as a way in.
  const apiKey = simulator ? simulatorSecret() : (saved.apiKey ?? env.MJ_API_KEY);
  const timeoutMs = env.MJ_TIMEOUT_MS > 0 ? env.MJ_TIMEOUT_MS : DEFAULT_TIMEOUT_MS;
  return {
    baseUrl,
    apiKey: apiKey || undefined,
    authStyle: saved.authStyle ?? env.MJ_AUTH_STYLE,
    mode: saved.mode ?? env.MJ_MODE,
    timeoutMs,
    simulator,
    accountFilter: nonEmpty(saved.accountFilter ?? env.MJ_ACCOUNT_FILTER),
  };
}

function nonEmpty(filter: AccountFilter | undefined): AccountFilter | undefined {
  return filter && Object.keys(filter).length > 0 ? filter : undefined;
}

/** Defence in depth: an upstream that echoes our key back must not leak it into messages or logs. */
export function redactSecret(text: string, config: UpstreamConfig): string {
  const key = config.apiKey;
  if (!key || key.length < 4) return text;
  return text.split(key).join("***");
}
