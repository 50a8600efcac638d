// POST /api/tasks/:id/actions – press one of the task's buttons (U2, V3, reroll...); creates a linked child task
import { PressButtonInput } from "@/lib/schemas/task-input";
import { submitRoute } from "@/lib/server/submit-route";
import { pressButton } from "@/lib/server/tasks";

export const dynamic = "force-dynamic";

export const POST = submitRoute<typeof PressButtonInput, { id: string }>(
  { schema: PressButtonInput, maxBytes: 16 * 1024 },
  (input, viewer, { id }) => pressButton(id, input, viewer),
);
