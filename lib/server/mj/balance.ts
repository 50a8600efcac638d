import "server-only";

import { readCapped } from "@/lib/read-capped";
import type { UpstreamBalanceDto } from "@/lib/schemas/team-memory";

import { parseAccountFastTime, parseBilling } from "./balance-parse";
import { authHeaders, countCall } from "./client";
import { getUpstreamConfig, type UpstreamConfig } from "./config";

// What the configured upstream says about money or fast time left, for admins. Only ever the configured base
// URL (never an address from a request), a short timeout, small answers, and a brief cache so an open admin page
// does not poll the upstream. Every failure (404, 401, garbage, timeout) is "unavailable", not an error.

const TIMEOUT_MS = 5_000;
const MAX_BYTES = 64 * 1024;
const CACHE_MS = 60_000;

let cached: { key: string; at: number; value: UpstreamBalanceDto } | null = null;

async function getJson(config: UpstreamConfig, path: string, counterPath: string): Promise<unknown> {
  countCall(`GET ${counterPath}`);
  try {
    const res = await fetch(`${config.baseUrl}${path}`, {
      headers: { Accept: "application/json", ...authHeaders(config) },
      signal: AbortSignal.timeout(Math.min(TIMEOUT_MS, config.timeoutMs)),
      // A redirect would carry the key elsewhere.
      redirect: "manual",
      cache: "no-store",
    });
    if (res.status !== 200) {
      await res.body?.cancel();
      return undefined;
    }
    const bytes = await readCapped(res.body, res.headers.get("content-length"), MAX_BYTES);
    return bytes ? (JSON.parse(new TextDecoder().decode(bytes)) as unknown) : undefined;
  } catch {
    return undefined;
  }
}

async function askUpstream(config: UpstreamConfig, now: Date): Promise<UpstreamBalanceDto> {
  const checkedAt = now.toISOString();
  // The base URL is already the site root (config.ts drops a trailing "/mj"), where aggregators serve /v1.
  const [subscription, usage] = await Promise.all([
    getJson(config, "/v1/dashboard/billing/subscription", "/v1/dashboard/billing/subscription"),
    getJson(config, "/v1/dashboard/billing/usage", "/v1/dashboard/billing/usage"),
  ]);
  const billing = parseBilling(subscription, usage);
  if (billing) return { status: "billing", ...billing, checkedAt };
  const accounts = parseAccountFastTime(await getJson(config, "/mj/account/list", "/mj/account/list"));
  if (accounts) return { status: "fastTime", ...accounts, checkedAt };
  return { status: "unavailable", checkedAt };
}

/** The upstream's balance or fast time where it tells, cached for a minute per upstream. */
export async function getUpstreamBalance(options: { fresh?: boolean } = {}): Promise<UpstreamBalanceDto> {
  const config = getUpstreamConfig();
  const key = `${config.baseUrl}\n${config.authStyle}\n${config.apiKey ?? ""}`;
  const now = Date.now();
  if (!options.fresh && cached && cached.key === key && now - cached.at < CACHE_MS) return cached.value;
  const value = await askUpstream(config, new Date(now));
  cached = { key, at: now, value };
  return value;
}
