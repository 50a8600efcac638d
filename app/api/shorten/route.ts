// POST /api/shorten – analyse a prompt into five shorter ones (task action SHORTEN; idempotent per idempotencyKey)
import { handle, jsonNoStore, readJson } from "@/lib/server/http";
import { createShorten } from "@/lib/server/tasks";
import { CreateShortenInput } from "@/lib/schemas/task-input";

export const dynamic = "force-dynamic";

export const POST = handle(async (req, _params, viewer) => {
  const { task, replayed } = await createShorten(await readJson(req, CreateShortenInput, 64 * 1024), viewer);
  return jsonNoStore(task, {
    status: replayed ? 200 : 201,
    headers: { "Idempotent-Replayed": String(replayed) },
  });
});
