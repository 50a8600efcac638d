// GET /api/batches/:batchId – one batch with its jobs and progress
import { getBatch } from "@/lib/server/batches";
import { handle, jsonNoStore } from "@/lib/server/http";

export const dynamic = "force-dynamic";

export const GET = handle<{ batchId: string }>(async (_req, { batchId }) =>
  jsonNoStore(await getBatch(batchId)),
);
