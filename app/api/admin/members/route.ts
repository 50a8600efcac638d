// GET /api/admin/members – members with role, daily limit and today's usage (admin)
// POST /api/admin/members – create a member with a password (admin)
import { CreateMemberInput } from "@/lib/schemas/account";
import { handle, jsonNoStore, readJson } from "@/lib/server/http";
import { createMember, listMembers } from "@/lib/server/members";

export const dynamic = "force-dynamic";

export const GET = handle(async () => jsonNoStore({ items: await listMembers() }), "admin");

export const POST = handle(async (req, _params, admin) => {
  const input = await readJson(req, CreateMemberInput, 16 * 1024);
  return jsonNoStore(await createMember(input, admin), { status: 201 });
}, "admin");
