// DELETE /api/admin/invites/:id – revoke an open invite (admin)
import { audit } from "@/lib/server/audit";
import { revokeInvite } from "@/lib/server/auth/invites";
import { handle, jsonNoStore } from "@/lib/server/http";

export const dynamic = "force-dynamic";

export const DELETE = handle<{ id: string }>(async (_req, { id }, admin) => {
  const invite = await revokeInvite(id);
  await audit(admin, "invite.revoked", id);
  return jsonNoStore(invite);
}, "admin");
