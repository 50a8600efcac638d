// POST /api/tasks/:id/actions – press one of the task's buttons (U2, V3, reroll...); creates a linked child task
import { handle, jsonNoStore, readJson } from "@/lib/server/http";
import { pressButton } from "@/lib/server/tasks";
import { PressButtonInput } from "@/lib/schemas/task-input";

export const dynamic = "force-dynamic";

export const POST = handle<{ id: string }>(async (req, { id }, viewer) => {
  const input = await readJson(req, PressButtonInput, 16 * 1024);
  const { task, replayed } = await pressButton(id, input, viewer);
  return jsonNoStore(task, {
    status: replayed ? 200 : 201,
    headers: { "Idempotent-Replayed": String(replayed) },
  });
});
