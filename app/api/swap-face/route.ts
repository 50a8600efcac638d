// POST /api/swap-face – put the face of one image onto the person in another (task action SWAP_FACE; idempotent)
import { handle, jsonNoStore, readJson } from "@/lib/server/http";
import { createSwapFace } from "@/lib/server/tasks";
import { CreateSwapFaceInput } from "@/lib/schemas/task-input";

export const dynamic = "force-dynamic";

// Two images of ≤ 1 MB each, base64-inflated.
const MAX_BODY_BYTES = 4 * 1024 * 1024;

export const POST = handle(async (req, _params, viewer) => {
  const { task, replayed } = await createSwapFace(
    await readJson(req, CreateSwapFaceInput, MAX_BODY_BYTES),
    viewer,
  );
  return jsonNoStore(task, {
    status: replayed ? 200 : 201,
    headers: { "Idempotent-Replayed": String(replayed) },
  });
});
