// GET /api/tasks – the shared history, newest first (cursor pages, status and text filters)
// POST /api/tasks – create an imagine task (idempotent per idempotencyKey)
import { AppError } from "@/lib/errors";
import { CreateImagineInput, ListTasksQuery } from "@/lib/schemas/task-input";
import { handle, jsonNoStore, readQuery } from "@/lib/server/http";
import { submitRoute } from "@/lib/server/submit-route";
import { createImagine, listTaskPage } from "@/lib/server/tasks";

export const dynamic = "force-dynamic";

// Five references of ≤ 1 MB each, base64-inflated, plus the prompt.
const MAX_BODY_BYTES = 8 * 1024 * 1024;

export const GET = handle(async (req, _params, viewer) => {
  const query = readQuery(req, ListTasksQuery);
  if (query.trash && viewer.role !== "admin")
    throw new AppError("forbidden", "Only an admin can open the trash.");
  return jsonNoStore(await listTaskPage(query, viewer));
});

export const POST = submitRoute({ schema: CreateImagineInput, maxBytes: MAX_BODY_BYTES }, createImagine);
