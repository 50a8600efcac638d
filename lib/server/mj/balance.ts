import "server-only";

import type { UpstreamBalanceDto } from "@/lib/schemas/team-memory";

import { parseAccountFastTime, parseBilling } from "./balance-parse";
import { callUpstream } from "./client";
import { getUpstreamConfig } from "./config";

// What the configured upstream says about money or fast time left, for admins. Only ever the configured base
// URL (never an address from a request), a short timeout, small answers, and a brief cache so an open admin page
// does not poll the upstream. Every failure (404, 401, garbage, timeout) is "unavailable", not an error.

const TIMEOUT_MS = 5_000;
const MAX_BYTES = 64 * 1024;
const CACHE_MS = 60_000;

let cached: { key: string; at: number; value: UpstreamBalanceDto } | null = null;

/** The answer's JSON when the upstream says 200, else undefined: any failure means "not told". */
async function getJson(path: string, counterPath: string, outsideMj: boolean): Promise<unknown> {
  try {
    // "control": never retried, no speed-mode prefix; the one fetch wrapper refuses redirects and caps the body.
    const res = await callUpstream({
      method: "GET",
      path,
      counterPath,
      kind: "control",
      outsideMj,
      maxBodyBytes: MAX_BYTES,
      timeoutMs: TIMEOUT_MS,
    });
    return res.status === 200 ? res.json : undefined;
  } catch {
    return undefined;
  }
}

async function askUpstream(now: Date): Promise<UpstreamBalanceDto> {
  const checkedAt = now.toISOString();
  // The base URL is already the site root (config.ts drops a trailing "/mj"), where aggregators serve /v1.
  const [subscription, usage] = await Promise.all([
    getJson("/v1/dashboard/billing/subscription", "/v1/dashboard/billing/subscription", true),
    getJson("/v1/dashboard/billing/usage", "/v1/dashboard/billing/usage", true),
  ]);
  const billing = parseBilling(subscription, usage);
  if (billing) return { status: "billing", ...billing, checkedAt };
  const accounts = parseAccountFastTime(await getJson("/account/list", "/mj/account/list", false));
  if (accounts) return { status: "fastTime", ...accounts, checkedAt };
  return { status: "unavailable", checkedAt };
}

/** The upstream's balance or fast time where it tells, cached for a minute per upstream. */
export async function getUpstreamBalance(options: { fresh?: boolean } = {}): Promise<UpstreamBalanceDto> {
  const config = getUpstreamConfig();
  const key = `${config.baseUrl}\n${config.authStyle}\n${config.apiKey ?? ""}`;
  const now = Date.now();
  if (!options.fresh && cached && cached.key === key && now - cached.at < CACHE_MS) return cached.value;
  const value = await askUpstream(new Date(now));
  cached = { key, at: now, value };
  return value;
}
