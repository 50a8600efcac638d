// POST /api/mj/notify?token=… – the upstream's notifyHook callback. Treated as a hint only: it wakes the
// tracker, which reads the truth with its batched sync, so a forged or replayed body cannot change a task.
import { AppError } from "@/lib/errors";
import { handlePublic, jsonNoStore } from "@/lib/server/http";
import { isValidNotifyToken } from "@/lib/server/notify";
import { wakeTracker } from "@/lib/server/tracker";

export const dynamic = "force-dynamic";

export const POST = handlePublic(async (req) => {
  if (!isValidNotifyToken(new URL(req.url).searchParams.get("token"))) {
    throw new AppError("not_found", "Unknown callback.");
  }
  await req.body?.cancel();
  wakeTracker();
  return jsonNoStore({ ok: true });
});
