// GET /api/admin/upstream-balance – the configured upstream's balance or fast time, where it tells (admin)
import { z } from "zod";

import { handle, jsonNoStore, readQuery } from "@/lib/server/http";
import { getUpstreamBalance } from "@/lib/server/mj";

export const dynamic = "force-dynamic";

const Query = z.object({ fresh: z.enum(["1"]).optional() });

export const GET = handle(async (req) => {
  const { fresh } = readQuery(req, Query);
  return jsonNoStore(await getUpstreamBalance({ fresh: fresh === "1" }));
}, "admin");
