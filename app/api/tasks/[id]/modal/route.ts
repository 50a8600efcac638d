// POST /api/tasks/:id/modal – confirm a task waiting in Midjourney's dialog (Custom Zoom, Vary (Region), PicReader…)
import { handle, jsonNoStore, readJson } from "@/lib/server/http";
import { confirmModal } from "@/lib/server/tasks";
import { SubmitModalInput } from "@/lib/schemas/task-input";

export const dynamic = "force-dynamic";

// A mask PNG of ≤ 1 MB, base64-inflated, plus the prompt.
const MAX_BODY_BYTES = 2 * 1024 * 1024;

export const POST = handle<{ id: string }>(async (req, { id }, viewer) => {
  const { task, replayed } = await confirmModal(
    id,
    await readJson(req, SubmitModalInput, MAX_BODY_BYTES),
    viewer,
  );
  // The task already existed, so this is 200 either way; the header tells a replay apart.
  return jsonNoStore(task, { status: 200, headers: { "Idempotent-Replayed": String(replayed) } });
});
