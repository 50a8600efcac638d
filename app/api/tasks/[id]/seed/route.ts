// GET /api/tasks/:id/seed – Midjourney's seed of a finished image (asked upstream once, then cached)
import { handle, jsonNoStore } from "@/lib/server/http";
import { getTaskSeed } from "@/lib/server/tasks";

export const dynamic = "force-dynamic";

export const GET = handle<{ id: string }>(async (_req, { id }, viewer) =>
  jsonNoStore(await getTaskSeed(id, viewer)),
);
