// GET /api/tasks/:id/cells/:n – one of the four images (n = 1–4, as U1–U4) of a grid task, cut from our stored
// original on first use and kept (lib/server/cell-route.ts). Same session guard and access check as /api/images.
import { cellResponse } from "@/lib/server/cell-route";
import { handle } from "@/lib/server/http";

export const dynamic = "force-dynamic";

export const GET = handle<{ id: string; n: string }>((req, params, viewer) =>
  cellResponse(req, params, viewer),
);
