// POST /api/swap-face – put the face of one image onto the person in another (task action SWAP_FACE; idempotent)
import { CreateSwapFaceInput } from "@/lib/schemas/task-input";
import { submitRoute } from "@/lib/server/submit-route";
import { createSwapFace } from "@/lib/server/tasks";

export const dynamic = "force-dynamic";

// Two images of ≤ 1 MB each, base64-inflated.
export const POST = submitRoute({ schema: CreateSwapFaceInput, maxBytes: 4 * 1024 * 1024 }, createSwapFace);
