// POST /api/describe – an image to four prompts (task action DESCRIBE; idempotent per idempotencyKey)
import { CreateDescribeInput } from "@/lib/schemas/task-input";
import { submitRoute } from "@/lib/server/submit-route";
import { createDescribe } from "@/lib/server/tasks";

export const dynamic = "force-dynamic";

// One image of ≤ 1 MB, base64-inflated.
export const POST = submitRoute({ schema: CreateDescribeInput, maxBytes: 2 * 1024 * 1024 }, createDescribe);
