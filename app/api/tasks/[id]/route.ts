// GET /api/tasks/:id – one task with its lineage (parent and children)
import { handle, jsonNoStore } from "@/lib/server/http";
import { getTaskDetail } from "@/lib/server/tasks";

export const dynamic = "force-dynamic";

export const GET = handle<{ id: string }>(async (_req, { id }) => jsonNoStore(await getTaskDetail(id)));
