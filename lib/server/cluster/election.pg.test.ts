// Against a real PostgreSQL (TEST_DATABASE_URL): exactly one instance holds the tracker lock, and another takes
// over when the holder's connection dies.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";

import {
  createTestDatabase,
  killOtherConnections,
  POSTGRES_SKIP_REASON,
  TEST_DATABASE_URL,
  type TestDatabase,
} from "@/test/postgres-database";

import { LeaderElection } from "./election";

let database: TestDatabase;
const running: LeaderElection[] = [];

function election(name: string, retryMs = 100) {
  const events: string[] = [];
  const e = new LeaderElection({
    connectionString: database.url,
    retryMs,
    applicationName: name,
    onElected: () => events.push("elected"),
    onDeposed: () => events.push("deposed"),
  });
  running.push(e);
  return { e, events };
}

describe.skipIf(!TEST_DATABASE_URL)(
  `tracker election on PostgreSQL ${TEST_DATABASE_URL ? "" : POSTGRES_SKIP_REASON}`,
  () => {
    beforeAll(async () => {
      database = await createTestDatabase("election");
    });
    afterEach(() => {
      for (const e of running.splice(0)) e.stop();
    });
    afterAll(async () => {
      await database?.drop();
    });

    it("elects exactly one of two instances, and keeps it so", async () => {
      const a = election("election-a");
      const b = election("election-b");
      await Promise.all([a.e.start(), b.e.start()]);
      await vi.waitFor(() => expect(a.e.isLeader() || b.e.isLeader()).toBe(true));
      // Several retries later still one leader, elected once.
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect([a.e.isLeader(), b.e.isLeader()].filter(Boolean)).toHaveLength(1);
      expect([...a.events, ...b.events]).toEqual(["elected"]);
    });

    it("hands the tracker over when the leader's connection dies, deposing the old leader first", async () => {
      // a retries slowly here, so b's quick retries are what take the lock over (a's process would be dead).
      const a = election("election-a", 60_000);
      await a.e.start();
      expect(a.e.isLeader()).toBe(true);
      const b = election("election-b");
      await b.e.start();
      expect(b.e.isLeader()).toBe(false);

      // What the server sees when a's process is killed: its connection goes away.
      expect(await killOtherConnections(database.url, "election-a")).toBe(1);
      await vi.waitFor(() => expect(b.e.isLeader()).toBe(true), { timeout: 5_000 });
      expect(a.events).toEqual(["elected", "deposed"]);
      expect(b.events).toEqual(["elected"]);
    }, 15_000);

    it("keeps a deposed instance asking: it is elected again when nobody else took the lock", async () => {
      const a = election("election-a");
      await a.e.start();
      const b = election("election-b", 60_000);
      await b.e.start();
      await killOtherConnections(database.url, "election-a");
      await vi.waitFor(() => expect(a.events).toEqual(["elected", "deposed", "elected"]), { timeout: 5_000 });
      expect(b.e.isLeader()).toBe(false);
    }, 15_000);

    it("gives the lock up on stop, so another instance is elected", async () => {
      const a = election("election-a");
      await a.e.start();
      const b = election("election-b");
      await b.e.start();
      a.e.stop();
      expect(a.events).toEqual(["elected", "deposed"]);
      await vi.waitFor(() => expect(b.e.isLeader()).toBe(true), { timeout: 5_000 });
    });
  },
);
