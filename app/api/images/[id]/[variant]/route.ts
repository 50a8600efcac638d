// GET /api/images/:id/:variant – our stored copy of a task's image (original | thumb | preview): the bytes, or a
// redirect to a short-lived presigned bucket URL when S3_PRESIGN_SECONDS is set (lib/server/image-route.ts).
import { handle } from "@/lib/server/http";
import { imageResponse } from "@/lib/server/image-route";

export const dynamic = "force-dynamic";

export const GET = handle<{ id: string; variant: string }>((req, params, viewer) =>
  imageResponse(req, params, viewer),
);
