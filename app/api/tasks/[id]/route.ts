// GET /api/tasks/:id – one task with its lineage (parent and children)
import { AppError } from "@/lib/errors";
import { handle, jsonNoStore } from "@/lib/server/http";
import { getTaskDetail } from "@/lib/server/tasks";
import { bulkTaskOperation } from "@/lib/server/tasks/organize";

export const dynamic = "force-dynamic";

export const GET = handle<{ id: string }>(async (_req, { id }, viewer) =>
  jsonNoStore(await getTaskDetail(id, viewer)),
);

// DELETE /api/tasks/:id – move the task to the trash (its author or an admin; admins can restore it)
export const DELETE = handle<{ id: string }>(async (_req, { id }, viewer) => {
  const result = await bulkTaskOperation({ op: "delete", ids: [id] }, viewer);
  const skipped = result.skipped[0];
  if (skipped) {
    if (skipped.reason === "no such task") throw new AppError("not_found", `No task with id "${id}".`);
    if (skipped.reason === "already in the trash") return jsonNoStore({ id, deleted: true });
    throw new AppError("forbidden", `You cannot delete this task: ${skipped.reason}.`);
  }
  return jsonNoStore({ id, deleted: true });
});
