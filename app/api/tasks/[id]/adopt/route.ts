// POST /api/tasks/:id/adopt – "Find it": match a task whose submit answer was lost to its upstream job {upstreamId}
import { handle, jsonNoStore, readJson } from "@/lib/server/http";
import { adoptUpstreamTask, AdoptInput } from "@/lib/server/tasks";

export const dynamic = "force-dynamic";

export const POST = handle<{ id: string }>(async (req, { id }, viewer) => {
  const input = await readJson(req, AdoptInput, 4 * 1024);
  const { task, replayed } = await adoptUpstreamTask(id, input, viewer);
  return jsonNoStore(task, { status: 200, headers: { "Idempotent-Replayed": String(replayed) } });
});
