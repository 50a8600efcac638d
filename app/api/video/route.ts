// POST /api/video – "Animate image": a start frame (and optional end frame) into 1, 2 or 4 clips (task action
// VIDEO; idempotent per idempotencyKey, like every other create type)
import { CreateVideoInput } from "@/lib/schemas/video-input";
import { submitRoute } from "@/lib/server/submit-route";
import { createVideo } from "@/lib/server/tasks";

export const dynamic = "force-dynamic";

// Two frames of ≤ 1 MB each, base64-inflated, with room for the rest of the body.
export const POST = submitRoute({ schema: CreateVideoInput, maxBytes: 4 * 1024 * 1024 }, createVideo);
