// POST /api/retexture – new surfaces and style for an image, its composition kept (task action RETEXTURE; idempotent)
import { CreateRetextureInput } from "@/lib/schemas/editor";
import { submitRoute } from "@/lib/server/submit-route";
import { createRetexture } from "@/lib/server/tasks";

export const dynamic = "force-dynamic";

// One image of ≤ 1 MB (MAX_REFERENCE_BYTES), base64-inflated, with room for the prompt.
export const POST = submitRoute({ schema: CreateRetextureInput, maxBytes: 2 * 1024 * 1024 }, createRetexture);
