// POST /api/mj/notify?token=… – the upstream's notifyHook callback (mj-api.md 10), the tracker's main source of news.
//
// The body is trusted once the token checks out, and applied to the task as if the tracker had read it. That is safe:
// - the token is per upstream (notify-hook.ts: an HMAC of the install's secret and the upstream's base URL), travels
//   only in the hook URL we hand that upstream with each submit, and is compared in constant time; without it
//   nothing is read and the caller learns nothing. Proxies echo the hook URL in every task read, so anyone who can
//   read tasks on that upstream holds the token: changing the upstream rotates it (the old one is then refused, and
//   the old upstream's tasks are still read by the tracker), and we never store it (mj/callback-url-scrub.ts);
// - the body goes through the same schema and reshape as a fetched task, and it can only move a task we track under
//   that upstream id, only forwards (callback-order.ts), and never one that has finished;
// - an image URL in it is downloaded later, off this request, through the same guards as a read's (mj/images.ts:
//   http(s) only, no private network address except the API's own origin, the API key sent to the API's own origin
//   only, both re-decided on every redirect, a 20 s deadline, a size cap, an image-type check and a pixel limit).
// So whoever holds the current token can tell us no more than the current upstream could through a read; callbacks
// only spare the reads. Tasks a callback never reaches are read by the tracker's safety net (tracker/poll-policy.ts).
import { AppError } from "@/lib/errors";
import { readCappedText } from "@/lib/server/body-cap";
import { handlePublic, jsonNoStore } from "@/lib/server/http";
import { CALLBACK_MAX_BYTES, parseCallbackTask } from "@/lib/server/mj";
import { isValidNotifyToken } from "@/lib/server/mj/notify-hook";
import { TokenBucket } from "@/lib/server/token-bucket";
import { callbackInbox } from "@/lib/server/tracker/callback-inbox";

export const dynamic = "force-dynamic";

// Callbacks are the main path now: a proxy sends one per saved transition (SUBMITTED, each progress step, the end;
// ~5–8 per job), so a busy team submitting 5 jobs a second sends ~25–40 a second, in bursts when the upstream's
// sender pool (10 threads) catches up. 50/s with a burst of 200 covers that with room. The cost of one is small
// (a constant-time token check, ≤ 64 KB of JSON, and at most one row write per task per 50 ms, coalesced in the
// inbox); the bucket only stops a runaway or compromised sender from keeping the database busy. A refused genuine
// callback loses nothing: its task falls silent and the tracker's safety net reads it within ~10 s.
const NOTIFY_BURST = 200;
const NOTIFY_PER_SECOND = 50;
const g = globalThis as unknown as { mjStudioNotifyBucket?: TokenBucket };
const bucket = (g.mjStudioNotifyBucket ??= new TokenBucket(NOTIFY_BURST, NOTIFY_PER_SECOND));

export const POST = handlePublic(async (req) => {
  // The token first: callers without it must not spend the shared budget and crowd out the real callbacks.
  if (!isValidNotifyToken(new URL(req.url).searchParams.get("token"))) {
    await req.body?.cancel();
    throw new AppError("not_found", "Unknown callback.");
  }
  if (!bucket.take()) {
    await req.body?.cancel();
    throw new AppError(
      "rate_limited",
      "Too many callbacks; the studio reads tasks it has not heard from anyway.",
    );
  }
  const parsed = parseCallbackTask(await readCappedText(req, CALLBACK_MAX_BYTES));
  if (!parsed.ok) throw new AppError("bad_request", parsed.reason);
  // Applied in a batch a moment later (the upstream's sender thread waits for this answer). An id we do not track
  // is dropped there, with the same answer here: a caller learns nothing about which ids exist.
  callbackInbox().receive(parsed.task);
  return jsonNoStore({ ok: true });
});
