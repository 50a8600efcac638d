// GET /api/batches – the signed-in member's recent prompt batches with their progress
// POST /api/batches – queue a prompt batch ({a, b} permutations or one prompt per line), idempotent per key
import { CreateBatchInput } from "@/lib/schemas/batch";
import { createBatch, listBatches } from "@/lib/server/batches";
import { handle, jsonNoStore, readJson } from "@/lib/server/http";

export const dynamic = "force-dynamic";

// The text (≤ 20,000 characters, up to 4 bytes each) and at most ten stored-reference ids.
const MAX_BODY_BYTES = 128 * 1024;

export const GET = handle(async (_req, _params, viewer) => jsonNoStore(await listBatches(viewer)));

export const POST = handle(async (req, _params, viewer) => {
  const input = await readJson(req, CreateBatchInput, MAX_BODY_BYTES);
  const { batch, created } = await createBatch(input, viewer);
  return jsonNoStore(batch, {
    status: created ? 201 : 200,
    headers: { "Idempotent-Replayed": String(!created) },
  });
});
