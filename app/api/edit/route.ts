// POST /api/edit – regenerate the painted area of an image from a prompt (task action EDIT; idempotent)
import { CreateEditInput } from "@/lib/schemas/editor";
import { submitRoute } from "@/lib/server/submit-route";
import { createEdit } from "@/lib/server/tasks";

export const dynamic = "force-dynamic";

// An image and a mask of ≤ 1 MB each (MAX_REFERENCE_BYTES), base64-inflated, with room for the prompt.
export const POST = submitRoute({ schema: CreateEditInput, maxBytes: 4 * 1024 * 1024 }, createEdit);
