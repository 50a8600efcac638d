import "server-only";

import pg from "pg";

import { env } from "@/env.mjs";
import { databaseKind } from "@/lib/db-url";

import { SERVER_KEEPALIVE_OPTIONS } from "./pg-connection";

/** Whether this instance runs in the several-instances mode (DATABASE_URL names PostgreSQL). */
export function clusterMode(): boolean {
  return databaseKind(env.DATABASE_URL) === "postgres";
}

/**
 * The coordination pool's settings. Keep-alives (both sides) so a connection to a vanished server or host is
 * noticed in seconds, not hours; lock_timeout so a submit waiting for a member lock that another instance holds
 * gives up after 30 s with a clear answer (member-lock.ts) instead of hanging the request; and a connect timeout,
 * so an unreachable server fails a checkout instead of queueing it for ever.
 */
export function coordinationPoolConfig(connectionString: string): pg.PoolConfig {
  return {
    connectionString,
    max: 6,
    application_name: "mj-studio",
    keepAlive: true,
    connectionTimeoutMillis: 10_000,
    options: `${SERVER_KEEPALIVE_OPTIONS} -c lock_timeout=30s`,
  };
}

const g = globalThis as unknown as { mjStudioCoordinationPool?: pg.Pool };

/**
 * A small pool of plain `pg` connections for coordination only: NOTIFYs and the per-member locks. Apart from
 * Prisma's pool, so a member lock held around a submit never takes a connection the submit's own queries need.
 * On globalThis: route handlers and the tracker are separate bundles in Next.
 */
export function coordinationPool(): pg.Pool {
  if (!g.mjStudioCoordinationPool) {
    const pool = new pg.Pool(coordinationPoolConfig(env.DATABASE_URL));
    // An idle connection that dies must not crash the process; the next checkout opens a fresh one.
    pool.on("error", (error) =>
      console.warn(`[cluster] idle coordination connection failed: ${error.message}`),
    );
    g.mjStudioCoordinationPool = pool;
  }
  return g.mjStudioCoordinationPool;
}
