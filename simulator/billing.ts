import "server-only";

import { json, notFoundResponse } from "./respond";
import { getSettings, recordRequest } from "./settings";

// An aggregator's (new-api / one-api) OpenAI-style billing endpoints, served beside /mj with the same key. Fixed
// figures: a $50.00 limit and $12.34 used (usage is in cents), so a studio's display can be checked exactly.
// With `billing` off (the default) they are 404, like an MJ proxy that has no such thing.

export const SIM_BILLING_LIMIT_USD = 50;
export const SIM_BILLING_USAGE_CENTS = 1234;

export function billingEndpoint(request: Request, rest: string): Response {
  if (request.method !== "GET") return new Response(null, { status: 405, headers: { allow: "GET" } });
  if (rest !== "/v1/dashboard/billing/subscription" && rest !== "/v1/dashboard/billing/usage") {
    return notFoundResponse();
  }
  recordRequest("GET", rest);
  if (!getSettings().billing) return notFoundResponse();
  if (rest.endsWith("/subscription")) {
    return json({
      object: "billing_subscription",
      has_payment_method: true,
      soft_limit_usd: SIM_BILLING_LIMIT_USD,
      hard_limit_usd: SIM_BILLING_LIMIT_USD,
      system_hard_limit_usd: SIM_BILLING_LIMIT_USD,
      access_until: 0,
    });
  }
  return json({ object: "list", total_usage: SIM_BILLING_USAGE_CENTS });
}
