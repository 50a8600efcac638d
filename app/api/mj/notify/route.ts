// POST /api/mj/notify?token=… – the upstream's notifyHook callback. Treated as a hint only: it wakes the
// tracker, which reads the truth with its batched sync, so a forged or replayed body cannot change a task.
import { AppError } from "@/lib/errors";
import { handlePublic, jsonNoStore } from "@/lib/server/http";
import { isValidNotifyToken } from "@/lib/server/mj/notify-hook";
import { wakeTracker } from "@/lib/server/signals";
import { TokenBucket } from "@/lib/server/token-bucket";

export const dynamic = "force-dynamic";

// A real upstream sends one callback per task transition: a few per second covers a busy team. Anything
// beyond is refused before any work; a refused genuine callback loses nothing, since the tracker's regular
// pass reads every task anyway (callbacks only bring it forward).
const NOTIFY_BURST = 10;
const NOTIFY_PER_SECOND = 5;
const g = globalThis as unknown as { mjStudioNotifyBucket?: TokenBucket };
const bucket = (g.mjStudioNotifyBucket ??= new TokenBucket(NOTIFY_BURST, NOTIFY_PER_SECOND));

export const POST = handlePublic(async (req) => {
  // The token first: callers without it must not spend the shared budget and crowd out the real callbacks.
  if (!isValidNotifyToken(new URL(req.url).searchParams.get("token"))) {
    await req.body?.cancel();
    throw new AppError("not_found", "Unknown callback.");
  }
  await req.body?.cancel();
  if (!bucket.take()) {
    throw new AppError("rate_limited", "Too many callbacks; the studio checks every task regularly anyway.");
  }
  wakeTracker();
  return jsonNoStore({ ok: true });
});
