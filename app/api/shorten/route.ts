// POST /api/shorten – analyse a prompt into five shorter ones (task action SHORTEN; idempotent per idempotencyKey)
import { CreateShortenInput } from "@/lib/schemas/task-input";
import { submitRoute } from "@/lib/server/submit-route";
import { createShorten } from "@/lib/server/tasks";

export const dynamic = "force-dynamic";

export const POST = submitRoute({ schema: CreateShortenInput, maxBytes: 64 * 1024 }, createShorten);
