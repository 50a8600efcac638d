import "server-only";

import { env } from "@/env.mjs";

export type AuthStyle = "bearer" | "mj-api-secret";
export type ModeName = "fast" | "relax" | "turbo" | "none";

export interface UpstreamConfig {
  /** Server root WITHOUT the trailing "/mj" (the client appends "/mj" itself). */
  baseUrl: string;
  apiKey: string | undefined;
  authStyle: AuthStyle;
  mode: ModeName;
  timeoutMs: number;
  simulator: boolean;
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

/** Read on every call (cheap) so tests and a hot-reloaded env see current values. */
export function getUpstreamConfig(): UpstreamConfig {
  const simulator = !env.MJ_API_BASE;
  const baseUrl = env.MJ_API_BASE ? normaliseBaseUrl(env.MJ_API_BASE) : `http://127.0.0.1:${env.PORT}/sim`;
  // The built-in simulator may itself be protected by SIM_API_KEY; without this the studio
  // would be locked out of its own simulator.
  const apiKey = env.MJ_API_KEY ?? (simulator ? env.SIM_API_KEY : undefined);
  const timeoutMs = env.MJ_TIMEOUT_MS > 0 ? env.MJ_TIMEOUT_MS : DEFAULT_TIMEOUT_MS;
  return {
    baseUrl,
    apiKey: apiKey || undefined,
    authStyle: env.MJ_AUTH_STYLE,
    mode: env.MJ_MODE,
    timeoutMs,
    simulator,
  };
}

export function isSimulator(): boolean {
  return getUpstreamConfig().simulator;
}

/** Defence in depth: an upstream that echoes our key back must not leak it into messages or logs. */
export function redactSecret(text: string, config: UpstreamConfig): string {
  const key = config.apiKey;
  if (!key || key.length < 4) return text;
  return text.split(key).join("***");
}
