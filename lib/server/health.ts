import "server-only";

import { HealthDto, PublicHealthDto } from "@/lib/schemas/task";
import type { Viewer } from "@/lib/server/auth/viewer";
import { isTrackerLeader } from "@/lib/server/cluster";
import { clusterMode } from "@/lib/server/cluster/pool";
import { db } from "@/lib/server/db";
import { getUpstreamConfig } from "@/lib/server/mj";
import { imageStorageKind } from "@/lib/server/storage";
import { trackerStatus } from "@/lib/server/tracker";

/**
 * Liveness for load balancers and uptime checks, which need only up/down. Which upstream we use and how busy
 * the tracker is helps someone probing the studio more than it helps them, so only an admin gets details.
 */
export async function healthFor(
  viewer: Viewer | null,
): Promise<{ body: HealthDto | PublicHealthDto; status: number }> {
  const database = await db.$queryRaw`SELECT 1`.then(
    () => true,
    () => false,
  );
  const status = database ? 200 : 503;
  if (viewer?.role !== "admin")
    return { body: PublicHealthDto.parse({ status: database ? "up" : "down" }), status };
  const config = getUpstreamConfig();
  const body = HealthDto.parse({
    ok: database,
    simulator: config.simulator,
    // Only the host: the full base URL may carry credentials or paths the operator considers private.
    upstream: { baseUrlHost: config.simulator ? null : new URL(config.baseUrl).host, mode: config.mode },
    database,
    storage: imageStorageKind(),
    tracker: { ...trackerStatus(), role: trackerRole() },
    version: process.env.npm_package_version ?? "0.1.0",
  });
  return { body, status };
}

function trackerRole(): "single" | "leader" | "follower" {
  if (!clusterMode()) return "single";
  return isTrackerLeader() ? "leader" : "follower";
}
