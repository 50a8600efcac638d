// POST /api/blend – blend 2–5 images into one grid (task action BLEND; idempotent per idempotencyKey)
import { handle, jsonNoStore, readJson } from "@/lib/server/http";
import { createBlend } from "@/lib/server/tasks";
import { CreateBlendInput } from "@/lib/schemas/task-input";

export const dynamic = "force-dynamic";

// Five images of ≤ 1 MB each, base64-inflated.
const MAX_BODY_BYTES = 8 * 1024 * 1024;

export const POST = handle(async (req, _params, viewer) => {
  const { task, replayed } = await createBlend(await readJson(req, CreateBlendInput, MAX_BODY_BYTES), viewer);
  return jsonNoStore(task, {
    status: replayed ? 200 : 201,
    headers: { "Idempotent-Replayed": String(replayed) },
  });
});
