// GET /api/tasks/stream – Server-Sent Events telling an open browser that tasks, the upstream's state or
// settings changed; the browser then reads the changes API (lib/server/task-stream.ts).
import { handle } from "@/lib/server/http";
import { openTaskStream } from "@/lib/server/task-stream";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const GET = handle((req, _params, viewer) => Promise.resolve(openTaskStream(req, viewer)));
