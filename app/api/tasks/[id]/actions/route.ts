// POST /api/tasks/:id/actions – press one of the task's buttons (U2, V3, reroll...); creates a linked child task.
// With `dialog` (Custom Zoom, Vary (Region), remix) the press and the dialog's answer go upstream together.
import { PressButtonInput } from "@/lib/schemas/task-input";
import { submitRoute } from "@/lib/server/submit-route";
import { pressAndConfirm, pressButton } from "@/lib/server/tasks";

export const dynamic = "force-dynamic";

// A Vary (Region) answer carries a mask PNG of ≤ 1 MB, base64-inflated, as /modal does.
export const POST = submitRoute<typeof PressButtonInput, { id: string }>(
  { schema: PressButtonInput, maxBytes: 2 * 1024 * 1024 },
  (input, viewer, { id }) =>
    input.dialog
      ? pressAndConfirm(id, { ...input, dialog: input.dialog }, viewer)
      : pressButton(id, input, viewer),
);
