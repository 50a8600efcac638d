// PATCH /api/admin/members/:id – change name, role, daily limit, or disable (admin)
import { UpdateMemberInput } from "@/lib/schemas/account";
import { handle, jsonNoStore, readJson } from "@/lib/server/http";
import { updateMember } from "@/lib/server/members";

export const dynamic = "force-dynamic";

export const PATCH = handle<{ id: string }>(
  async (req, { id }, admin) =>
    jsonNoStore(await updateMember(id, await readJson(req, UpdateMemberInput, 4 * 1024), admin)),
  "admin",
);
