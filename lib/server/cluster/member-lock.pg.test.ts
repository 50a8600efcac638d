// Against a real PostgreSQL (TEST_DATABASE_URL): two instances (two pools) run a member's count-then-insert at
// the same moment with one task left; the database lock lets exactly one of them through.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { AppError } from "@/lib/errors";
import {
  createTestDatabase,
  POSTGRES_SKIP_REASON,
  TEST_DATABASE_URL,
  type TestDatabase,
} from "@/test/postgres-database";

import { withDatabaseMemberLock } from "./member-lock";
import { coordinationPoolConfig } from "./pool";

let database: TestDatabase;
let pools: pg.Pool[] = [];

/**
 * Ends a pool and waits until its connections are closed: pool.end() resolves before they are, and a connection
 * that DROP DATABASE ... WITH (FORCE) then terminates fails the run with an error nobody can catch.
 */
async function endPool(pool: pg.Pool): Promise<void> {
  const open = pool.totalCount;
  let closed = 0;
  const allClosed = new Promise<void>((resolve) => {
    if (open === 0) resolve();
    pool.on("remove", () => {
      closed += 1;
      if (closed === open) resolve();
    });
  });
  await pool.end();
  await allClosed;
}

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
      await Promise.all(pools.map(endPool));
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

    it("a lock wait that times out is a clear AppError, and the lock still works afterwards", async () => {
      const [a] = pools as [pg.Pool, pg.Pool];
      // What coordinationPool() sets (30 s there), shortened so the test does not wait.
      const impatient = new pg.Pool({
        connectionString: database.url,
        max: 1,
        options: "-c lock_timeout=200ms",
      });
      let release = () => undefined as void;
      const held = new Promise<void>((resolve) => (release = resolve));
      let holding = () => undefined as void;
      const taken = new Promise<void>((resolve) => (holding = resolve));
      const holder = withDatabaseMemberLock(a, "m4", async () => {
        holding();
        await held;
        return "first";
      });
      await taken;
      try {
        const refused = withDatabaseMemberLock(impatient, "m4", async () => "second");
        await expect(refused).rejects.toBeInstanceOf(AppError);
        await expect(refused).rejects.toMatchObject({
          code: "conflict",
          message: expect.stringMatching(/^Another submit of yours is still being checked; try again/),
        });
        release();
        await expect(holder).resolves.toBe("first");
        await expect(withDatabaseMemberLock(impatient, "m4", async () => "third")).resolves.toBe("third");
      } finally {
        release();
        await endPool(impatient);
      }
    });

    it("the coordination pool's connections wait 30 s at most for a lock and ask for server keep-alives", async () => {
      const pool = new pg.Pool(coordinationPoolConfig(database.url));
      try {
        const { rows } = await pool.query<{ lock: string; idle: string }>(
          "SELECT current_setting('lock_timeout') AS lock, current_setting('tcp_keepalives_idle') AS idle",
        );
        // tcp_keepalives_idle reads 0 on a Unix-socket connection; the tests connect over TCP.
        expect(rows[0]).toEqual({ lock: "30s", idle: "5" });
      } finally {
        await endPool(pool);
      }
    });
  },
);
