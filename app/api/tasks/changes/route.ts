// GET /api/tasks/changes?since=<cursor> – tasks created or updated since the cursor (the browsers' live poll)
import { z } from "zod";

import type { ChangesPollDto } from "@/lib/schemas/task";
import { handle, jsonNoStore, readQuery } from "@/lib/server/http";
import { listTaskChanges } from "@/lib/server/tasks";
import { upstreamStateForBrowsers } from "@/lib/server/tracker";

export const dynamic = "force-dynamic";

const ChangesQuery = z.object({ since: z.string().max(20).optional() });

// The poll also carries the upstream's state, so every open browser learns of an outage without another request.
export const GET = handle(async (req, _params, viewer) => {
  const changes = await listTaskChanges(readQuery(req, ChangesQuery).since, viewer);
  return jsonNoStore({ ...changes, upstream: upstreamStateForBrowsers() } satisfies ChangesPollDto);
});
