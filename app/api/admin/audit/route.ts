// GET /api/admin/audit – the newest admin actions (admin)
import { listAuditEntries } from "@/lib/server/audit";
import { handle, jsonNoStore } from "@/lib/server/http";

export const dynamic = "force-dynamic";

export const GET = handle(async () => jsonNoStore(await listAuditEntries()), "admin");
