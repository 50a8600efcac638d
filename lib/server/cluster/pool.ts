import "server-only";

import pg from "pg";

import { env } from "@/env.mjs";
import { databaseKind } from "@/lib/db-url";

/** Whether this instance runs in the several-instances mode (DATABASE_URL names PostgreSQL). */
export function clusterMode(): boolean {
  return databaseKind(env.DATABASE_URL) === "postgres";
}

const g = globalThis as unknown as { mjStudioCoordinationPool?: pg.Pool };

/**
 * A small pool of plain `pg` connections for coordination only: NOTIFYs and the per-member locks. Apart from
 * Prisma's pool, so a member lock held around a submit never takes a connection the submit's own queries need.
 * On globalThis: route handlers and the tracker are separate bundles in Next.
 */
export function coordinationPool(): pg.Pool {
  if (!g.mjStudioCoordinationPool) {
    const pool = new pg.Pool({ connectionString: env.DATABASE_URL, max: 6, application_name: "mj-studio" });
    // An idle connection that dies must not crash the process; the next checkout opens a fresh one.
    pool.on("error", (error) =>
      console.warn(`[cluster] idle coordination connection failed: ${error.message}`),
    );
    g.mjStudioCoordinationPool = pool;
  }
  return g.mjStudioCoordinationPool;
}
