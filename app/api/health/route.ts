// GET /api/health – liveness of the studio: database, tracker, which upstream is configured
import { db } from "@/lib/server/db";
import { handlePublic, jsonNoStore } from "@/lib/server/http";
import { getUpstreamConfig } from "@/lib/server/mj";
import { trackerStatus } from "@/lib/server/tracker";
import { HealthDto } from "@/lib/schemas/task";

export const dynamic = "force-dynamic";

export const GET = handlePublic(async () => {
  const config = getUpstreamConfig();
  const database = await db.$queryRaw`SELECT 1`.then(
    () => true,
    () => false,
  );
  const body = HealthDto.parse({
    ok: database,
    simulator: config.simulator,
    // Only the host: the full base URL may carry credentials or paths the operator considers private.
    upstream: { baseUrlHost: config.simulator ? null : new URL(config.baseUrl).host, mode: config.mode },
    database,
    tracker: trackerStatus(),
    version: process.env.npm_package_version ?? "0.1.0",
  });
  return jsonNoStore(body, { status: database ? 200 : 503 });
});
