import "server-only";

import { z } from "zod";

// The shapes upstreams use to say what is left, read tolerantly: a missing or odd field means "not available",
// never an error. Pure, so every shape is unit-tested.

/**
 * Aggregators (new-api / one-api) answer OpenAI's old billing endpoints with the same key:
 * `GET /v1/dashboard/billing/subscription` → { hard_limit_usd, … } and `GET /v1/dashboard/billing/usage` →
 * { total_usage } in cents. An unlimited key reports a huge limit (new-api: 100000000), which says nothing.
 */
const Subscription = z.looseObject({
  hard_limit_usd: z.coerce.number().finite().nonnegative(),
});
const Usage = z.looseObject({ total_usage: z.coerce.number().finite().nonnegative() });

const UNLIMITED_USD = 1e8;

export interface BillingFigures {
  limitUsd: number | null;
  usedUsd: number | null;
  remainingUsd: number | null;
}

const cents = (n: number) => Math.round(n * 100) / 100;

/** Billing from the two answers, or null when neither says anything usable. */
export function parseBilling(subscription: unknown, usage: unknown): BillingFigures | null {
  const sub = Subscription.safeParse(subscription);
  const use = Usage.safeParse(usage);
  const limit = sub.success && sub.data.hard_limit_usd < UNLIMITED_USD ? sub.data.hard_limit_usd : null;
  const used = use.success ? use.data.total_usage / 100 : null;
  if (limit === null && used === null) return null;
  return {
    limitUsd: limit === null ? null : cents(limit),
    usedUsd: used === null ? null : cents(used),
    remainingUsd: limit !== null && used !== null ? cents(Math.max(0, limit - used)) : null,
  };
}

/**
 * MJ proxies' account list (mj-api.md 4.21, OSS `GET /mj/account/list`): an array of accounts, bare or wrapped.
 * Where an account reports its remaining fast time it is `fastTimeRemaining`, as hours (a number, or text
 * beginning with one such as "12.5/15.0 hours"); the field is not part of the drawing contract, so its absence
 * is the normal case and means "not available".
 */
const AccountList = z.union([
  z.array(z.unknown()),
  z.looseObject({ content: z.array(z.unknown()) }).transform((v) => v.content),
  z.looseObject({ list: z.array(z.unknown()) }).transform((v) => v.list),
  z.looseObject({ data: z.array(z.unknown()) }).transform((v) => v.data),
]);
const Account = z.looseObject({ fastTimeRemaining: z.unknown().optional() });

function hoursOf(value: unknown): number | null {
  if (typeof value === "number") return Number.isFinite(value) && value >= 0 ? value : null;
  if (typeof value !== "string") return null;
  const match = /^\s*(\d+(?:\.\d+)?)/.exec(value);
  return match ? Number(match[1]) : null;
}

export function parseAccountFastTime(json: unknown): { remainingHours: number; accounts: number } | null {
  const list = AccountList.safeParse(json);
  if (!list.success) return null;
  const hours = list.data.flatMap((item) => {
    const account = Account.safeParse(item);
    const h = account.success ? hoursOf(account.data.fastTimeRemaining) : null;
    return h === null ? [] : [h];
  });
  if (hours.length === 0) return null;
  return { remainingHours: cents(hours.reduce((a, b) => a + b, 0)), accounts: hours.length };
}
