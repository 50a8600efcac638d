import "server-only";

import type pg from "pg";

import { AppError } from "@/lib/errors";

/**
 * The namespace (first key) of the per-member advisory locks. Two-key advisory locks never collide with the
 * election's one-key lock (the two key spaces do not overlap in Postgres).
 */
export const MEMBER_LOCK_NAMESPACE = 0x6d6a; // "mj"

/** How long the unlock may take before its connection is destroyed instead (which drops the lock too). */
export const UNLOCK_TIMEOUT_MS = 5_000;

/** PostgreSQL's lock_not_available: the wait for the lock outlasted the connection's lock_timeout (pool.ts). */
const LOCK_NOT_AVAILABLE = "55P03";

/** Resolves to the unlock's error, a timeout error, or undefined when it went through in time. */
async function unlock(client: pg.PoolClient, keys: unknown[]): Promise<Error | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<Error>((resolve) => {
    timer = setTimeout(() => resolve(new Error("member unlock timed out")), UNLOCK_TIMEOUT_MS);
  });
  const unlocked = client.query("SELECT pg_advisory_unlock($1, hashtext($2))", keys).then(
    () => undefined,
    (error: Error) => error,
  );
  try {
    return await Promise.race([unlocked, timedOut]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Runs `work` while holding a session advisory lock for this member on one pooled connection, so a count-then-
 * insert on any instance cannot interleave with another for the same member (limits.ts). The member id is hashed
 * into the second key; two members sharing a hash only wait for each other, never count each other's tasks.
 * The lock is taken on a connection of its own, not inside the Prisma query: the work runs its queries through
 * Prisma, and a session lock held by this connection serializes them all the same.
 */
export async function withDatabaseMemberLock<T>(
  pool: pg.Pool,
  userId: string,
  work: () => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  const keys = [MEMBER_LOCK_NAMESPACE, userId];
  try {
    await client.query("SELECT pg_advisory_lock($1, hashtext($2))", keys);
  } catch (error) {
    if ((error as { code?: unknown }).code === LOCK_NOT_AVAILABLE) {
      // Only the statement was cancelled: the connection is fine to reuse.
      client.release();
      // Another instance holds this member's lock for longer than lock_timeout: a submit stuck upstream, or a
      // holder whose host vanished (keep-alives end that within seconds). Say so instead of a bare 500.
      throw new AppError(
        "conflict",
        "Another submit of yours is still being checked; try again in a moment. Nothing was sent to Midjourney.",
      );
    }
    client.release(error as Error);
    throw error;
  }
  try {
    return await work();
  } finally {
    // A connection whose unlock failed or hangs may still hold the lock: destroy it (Postgres then drops the
    // lock) rather than hand it to the next caller, and do not keep this request waiting on it.
    client.release(await unlock(client, keys));
  }
}
