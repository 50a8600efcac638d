// GET /api/videos/:id/:n – our stored copy of a VIDEO task's clip n (1–4), with HTTP Range (206) for seeking;
// `?download=1` answers as an attachment with a readable name (lib/server/video-route.ts).
import { handle } from "@/lib/server/http";
import { videoResponse } from "@/lib/server/video-route";

export const dynamic = "force-dynamic";

export const GET = handle<{ id: string; n: string }>((req, params, viewer) =>
  videoResponse(req, params, "clip", viewer),
);
