// POST /api/tasks/:id/modal – confirm a task waiting in Midjourney's dialog (Custom Zoom, Vary (Region), PicReader…)
import { SubmitModalInput } from "@/lib/schemas/task-input";
import { submitRoute } from "@/lib/server/submit-route";
import { confirmModal } from "@/lib/server/tasks";

export const dynamic = "force-dynamic";

// A mask PNG of ≤ 1 MB, base64-inflated, plus the prompt. The task already existed, so the answer is 200
// either way; the Idempotent-Replayed header tells a replay apart.
export const POST = submitRoute<typeof SubmitModalInput, { id: string }>(
  { schema: SubmitModalInput, maxBytes: 2 * 1024 * 1024 },
  (input, viewer, { id }) => confirmModal(id, input, viewer),
  200,
);
