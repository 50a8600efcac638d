// GET /api/health – liveness: {"status":"up"|"down"} for anyone; an admin also sees database, tracker, upstream
import { viewerFromHeaders } from "@/lib/server/auth/session";
import { healthFor } from "@/lib/server/health";
import { handlePublic, jsonNoStore } from "@/lib/server/http";

export const dynamic = "force-dynamic";

export const GET = handlePublic(async (req) => {
  const viewer = await viewerFromHeaders(req.headers).catch(() => null);
  const { body, status } = await healthFor(viewer);
  return jsonNoStore(body, { status });
});
