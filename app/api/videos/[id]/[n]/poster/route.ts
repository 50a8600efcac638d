// GET /api/videos/:id/:n/poster – the WebP still of a VIDEO task's clip n (the poster its player shows).
import { handle } from "@/lib/server/http";
import { videoResponse } from "@/lib/server/video-route";

export const dynamic = "force-dynamic";

export const GET = handle<{ id: string; n: string }>((req, params, viewer) =>
  videoResponse(req, params, "poster", viewer),
);
