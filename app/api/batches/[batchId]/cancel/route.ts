// POST /api/batches/:batchId/cancel – stop every job not yet sent (author or admin); sent jobs run on
import { cancelBatch } from "@/lib/server/batches";
import { handle, jsonNoStore } from "@/lib/server/http";

export const dynamic = "force-dynamic";

export const POST = handle<{ batchId: string }>(async (_req, { batchId }, viewer) =>
  jsonNoStore(await cancelBatch(batchId, viewer)),
);
