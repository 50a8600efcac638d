// POST /api/admin/profile-codes – add a named personalization or moodboard code (admin)
import { CreateProfileCodeInput } from "@/lib/schemas/team-memory";
import { handle, jsonNoStore, readJson } from "@/lib/server/http";
import { createProfileCode } from "@/lib/server/profile-codes";

export const dynamic = "force-dynamic";

export const POST = handle(async (req, _params, viewer) => {
  const input = await readJson(req, CreateProfileCodeInput, 4 * 1024);
  return jsonNoStore(await createProfileCode(input, viewer), { status: 201 });
}, "admin");
