// GET /api/profile-codes – the team's named personalization and moodboard codes (kept by admins)
import { handle, jsonNoStore } from "@/lib/server/http";
import { listProfileCodes } from "@/lib/server/profile-codes";

export const dynamic = "force-dynamic";

export const GET = handle(async () => jsonNoStore({ items: await listProfileCodes() }));
