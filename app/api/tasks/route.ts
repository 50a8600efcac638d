// GET /api/tasks – the shared history, newest first (cursor pages, status and text filters)
// POST /api/tasks – create an imagine task (idempotent per idempotencyKey)
import { handle, jsonNoStore, readJson, readQuery } from "@/lib/server/http";
import { createImagine, listTaskPage } from "@/lib/server/tasks";
import { CreateImagineInput, ListTasksQuery } from "@/lib/schemas/task-input";

export const dynamic = "force-dynamic";

// Five references of ≤ 1 MB each, base64-inflated, plus the prompt.
const MAX_BODY_BYTES = 8 * 1024 * 1024;

export const GET = handle(async (req) => jsonNoStore(await listTaskPage(readQuery(req, ListTasksQuery))));

export const POST = handle(async (req) => {
  const input = await readJson(req, CreateImagineInput, MAX_BODY_BYTES);
  const { task, replayed } = await createImagine(input);
  return jsonNoStore(task, {
    status: replayed ? 200 : 201,
    headers: { "Idempotent-Replayed": String(replayed) },
  });
});
