// GET /api/admin/invites – recent invites and their state (admin)
// POST /api/admin/invites – create an invite link; the link is in this response only
import { CreateInviteInput } from "@/lib/schemas/account";
import { audit } from "@/lib/server/audit";
import { createInvite, listInvites, requestOrigin } from "@/lib/server/auth/invites";
import { handle, jsonNoStore, readJson } from "@/lib/server/http";

export const dynamic = "force-dynamic";

export const GET = handle(async () => jsonNoStore({ items: await listInvites() }), "admin");

export const POST = handle(async (req, _params, admin) => {
  const input = await readJson(req, CreateInviteInput, 4 * 1024);
  const invite = await createInvite(input, admin, requestOrigin(req));
  await audit(admin, "invite.created", invite.id, { role: invite.role, dailyLimit: invite.dailyLimit });
  return jsonNoStore(invite, { status: 201 });
}, "admin");
