import "server-only";

import type pg from "pg";

/**
 * The namespace (first key) of the per-member advisory locks. Two-key advisory locks never collide with the
 * election's one-key lock (the two key spaces do not overlap in Postgres).
 */
export const MEMBER_LOCK_NAMESPACE = 0x6d6a; // "mj"

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
  let broken: Error | undefined;
  try {
    await client.query("SELECT pg_advisory_lock($1, hashtext($2))", keys);
  } catch (error) {
    client.release(error as Error);
    throw error;
  }
  try {
    return await work();
  } finally {
    await client.query("SELECT pg_advisory_unlock($1, hashtext($2))", keys).catch((error: Error) => {
      broken = error;
    });
    // A connection whose unlock failed may still hold the lock: destroy it (Postgres then drops the lock)
    // rather than hand it to the next caller.
    client.release(broken);
  }
}
