// GET /api/tasks/changes?since=<cursor> – tasks created or updated since the cursor (the browsers' live poll)
import { z } from "zod";

import { handle, jsonNoStore, readQuery } from "@/lib/server/http";
import { listTaskChanges } from "@/lib/server/tasks";

export const dynamic = "force-dynamic";

const ChangesQuery = z.object({ since: z.string().max(20).optional() });

export const GET = handle(async (req, _params, viewer) =>
  jsonNoStore(await listTaskChanges(readQuery(req, ChangesQuery).since, viewer)),
);
