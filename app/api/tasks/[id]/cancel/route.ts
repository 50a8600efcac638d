// POST /api/tasks/:id/cancel – abandon a task waiting for confirmation or in the upstream's queue (no body)
import { handle, jsonNoStore } from "@/lib/server/http";
import { cancelTask } from "@/lib/server/tasks";

export const dynamic = "force-dynamic";

export const POST = handle<{ id: string }>(async (_req, { id }, viewer) => {
  const { task, replayed } = await cancelTask(id, viewer);
  return jsonNoStore(task, { status: 200, headers: { "Idempotent-Replayed": String(replayed) } });
});
