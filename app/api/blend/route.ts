// POST /api/blend – blend 2–5 images into one grid (task action BLEND; idempotent per idempotencyKey)
import { CreateBlendInput } from "@/lib/schemas/task-input";
import { submitRoute } from "@/lib/server/submit-route";
import { createBlend } from "@/lib/server/tasks";

export const dynamic = "force-dynamic";

// Five images of ≤ 1 MB each, base64-inflated.
export const POST = submitRoute({ schema: CreateBlendInput, maxBytes: 8 * 1024 * 1024 }, createBlend);
