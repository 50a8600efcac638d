// DELETE /api/references/:id – removes one's own reference (an admin: anyone's) while no task uses it.
import { handle } from "@/lib/server/http";
import { deleteReference } from "@/lib/server/stored-references";

export const dynamic = "force-dynamic";

export const DELETE = handle<{ id: string }>(async (_req, { id }, viewer) => {
  await deleteReference(id, viewer);
  return new Response(null, { status: 204 });
});
