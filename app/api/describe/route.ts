// POST /api/describe – an image to four prompts (task action DESCRIBE; idempotent per idempotencyKey)
import { handle, jsonNoStore, readJson } from "@/lib/server/http";
import { createDescribe } from "@/lib/server/tasks";
import { CreateDescribeInput } from "@/lib/schemas/task-input";

export const dynamic = "force-dynamic";

// One image of ≤ 1 MB, base64-inflated.
const MAX_BODY_BYTES = 2 * 1024 * 1024;

export const POST = handle(async (req, _params, viewer) => {
  const { task, replayed } = await createDescribe(
    await readJson(req, CreateDescribeInput, MAX_BODY_BYTES),
    viewer,
  );
  return jsonNoStore(task, {
    status: replayed ? 200 : 201,
    headers: { "Idempotent-Replayed": String(replayed) },
  });
});
