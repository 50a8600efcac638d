// DELETE /api/admin/profile-codes/:id – remove a code from the list (admin)
import { handle, jsonNoStore } from "@/lib/server/http";
import { deleteProfileCode } from "@/lib/server/profile-codes";

export const dynamic = "force-dynamic";

export const DELETE = handle<{ id: string }>(async (_req, { id }, viewer) => {
  await deleteProfileCode(id, viewer);
  return jsonNoStore({ ok: true });
}, "admin");
