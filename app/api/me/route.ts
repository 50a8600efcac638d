// GET /api/me – the signed-in member and today's usage against their limit
import { handle, jsonNoStore } from "@/lib/server/http";
import { getMe } from "@/lib/server/members";

export const dynamic = "force-dynamic";

export const GET = handle(async (_req, _params, viewer) => jsonNoStore(await getMe(viewer)));
