// GET /api/admin/audit – the newest admin actions (admin)
import { clipDisplayName } from "@/lib/schemas/display-name";
import { db } from "@/lib/server/db";
import { handle, jsonNoStore } from "@/lib/server/http";

export const dynamic = "force-dynamic";

export const GET = handle(async () => {
  const rows = await db.auditLog.findMany({ orderBy: { createdAt: "desc" }, take: 200 });
  return jsonNoStore({
    items: rows.map((row) => ({
      id: row.id,
      actorName: clipDisplayName(row.actorName),
      action: row.action,
      target: row.target,
      detail: JSON.parse(row.detail) as Record<string, unknown>,
      createdAt: row.createdAt.toISOString(),
    })),
  });
}, "admin");
