// GET /api/health – liveness: {"status":"up"|"down"} for anyone; an admin also sees database, tracker, upstream
import { viewerFromHeaders } from "@/lib/server/auth/session";
import { db } from "@/lib/server/db";
import { handlePublic, jsonNoStore } from "@/lib/server/http";
import { getUpstreamConfig } from "@/lib/server/mj";
import { trackerStatus } from "@/lib/server/tracker";
import { HealthDto, PublicHealthDto } from "@/lib/schemas/task";

export const dynamic = "force-dynamic";

export const GET = handlePublic(async (req) => {
  const database = await db.$queryRaw`SELECT 1`.then(
    () => true,
    () => false,
  );
  const status = database ? 200 : 503;
  // Load balancers and uptime checks need only up/down; which upstream we use and how busy the tracker is
  // helps someone probing the studio more than it helps them, so only an admin gets the details.
  const viewer = await viewerFromHeaders(req.headers).catch(() => null);
  if (viewer?.role !== "admin") {
    return jsonNoStore(PublicHealthDto.parse({ status: database ? "up" : "down" }), { status });
  }
  const config = getUpstreamConfig();
  const body = HealthDto.parse({
    ok: database,
    simulator: config.simulator,
    // Only the host: the full base URL may carry credentials or paths the operator considers private.
    upstream: { baseUrlHost: config.simulator ? null : new URL(config.baseUrl).host, mode: config.mode },
    database,
    tracker: trackerStatus(),
    version: process.env.npm_package_version ?? "0.1.0",
  });
  return jsonNoStore(body, { status });
});
