// GET /api/members – every member's id and name (for the gallery's "by member" filter)
import { handle, jsonNoStore } from "@/lib/server/http";
import { listMemberRefs } from "@/lib/server/members";

export const dynamic = "force-dynamic";

export const GET = handle(async () => jsonNoStore({ items: await listMemberRefs() }));
