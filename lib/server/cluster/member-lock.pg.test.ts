// Against a real PostgreSQL (TEST_DATABASE_URL): two instances (two pools) run a member's count-then-insert at
// the same moment with one task left; the database lock lets exactly one of them through.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import {
  createTestDatabase,
  POSTGRES_SKIP_REASON,
  TEST_DATABASE_URL,
  type TestDatabase,
} from "@/test/postgres-database";

import { withDatabaseMemberLock } from "./member-lock";

let database: TestDatabase;
let pools: pg.Pool[] = [];

/** limits.ts's critical section in miniature: count today's tasks, and insert one when under the limit. */
async function submitWithLimit(
  pool: pg.Pool,
  member: string,
  limit: number,
  lock: boolean,
): Promise<boolean> {
  const work = async () => {
    const { rows } = await pool.query<{ n: string }>("SELECT count(*) AS n FROM task WHERE member = $1", [
      member,
    ]);
    // Both instances have counted before either inserts, unless something keeps them apart.
    await new Promise((resolve) => setTimeout(resolve, 100));
    if (Number(rows[0]?.n) >= limit) return false;
    await pool.query("INSERT INTO task (member) VALUES ($1)", [member]);
    return true;
  };
  return lock ? withDatabaseMemberLock(pool, member, work) : work();
}

describe.skipIf(!TEST_DATABASE_URL)(
  `per-member lock on PostgreSQL ${TEST_DATABASE_URL ? "" : POSTGRES_SKIP_REASON}`,
  () => {
    beforeAll(async () => {
      database = await createTestDatabase("member_lock");
      pools = [0, 1].map(() => new pg.Pool({ connectionString: database.url, max: 3 }));
      await pools[0]?.query("CREATE TABLE task (id serial PRIMARY KEY, member text NOT NULL)");
    });
    afterAll(async () => {
      await Promise.all(pools.map((pool) => pool.end()));
      await database?.drop();
    });

    it("without the lock both pass a limit of one (the race the lock exists for)", async () => {
      const [a, b] = pools as [pg.Pool, pg.Pool];
      const results = await Promise.all([
        submitWithLimit(a, "m0", 1, false),
        submitWithLimit(b, "m0", 1, false),
      ]);
      expect(results).toEqual([true, true]);
    });

    it("with it, two simultaneous submits on two instances with one task left: exactly one accepted", async () => {
      const [a, b] = pools as [pg.Pool, pg.Pool];
      const results = await Promise.all([
        submitWithLimit(a, "m1", 1, true),
        submitWithLimit(b, "m1", 1, true),
      ]);
      expect(results.filter(Boolean)).toHaveLength(1);
      const { rows } = await a.query("SELECT count(*)::int AS n FROM task WHERE member = 'm1'");
      expect(rows[0]).toEqual({ n: 1 });
    });

    it("keeps members apart and lets go of the lock after a refusal", async () => {
      const [a, b] = pools as [pg.Pool, pg.Pool];
      await expect(
        withDatabaseMemberLock(a, "m2", async () => {
          throw new Error("daily limit reached");
        }),
      ).rejects.toThrow("daily limit reached");
      const results = await Promise.all([
        submitWithLimit(a, "m2", 1, true),
        submitWithLimit(b, "m3", 1, true),
      ]);
      expect(results).toEqual([true, true]);
    });
  },
);
