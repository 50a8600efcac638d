// Against a real PostgreSQL (TEST_DATABASE_URL): the dedicated connections ask the SERVER to probe them, so a
// session whose host died (power loss, a network cut) ends within seconds and frees its advisory lock.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import {
  createTestDatabase,
  POSTGRES_SKIP_REASON,
  TEST_DATABASE_URL,
  type TestDatabase,
} from "@/test/postgres-database";

import { dedicatedClient, dropClient } from "./pg-connection";

let database: TestDatabase;

describe.skipIf(!TEST_DATABASE_URL)(
  `dedicated cluster connections on PostgreSQL ${TEST_DATABASE_URL ? "" : POSTGRES_SKIP_REASON}`,
  () => {
    beforeAll(async () => {
      database = await createTestDatabase("pgconn");
    });
    afterAll(async () => {
      await database?.drop();
    });

    it("sets short server-side TCP keep-alives, so a dead holder's lock is released in seconds, not hours", async () => {
      const client = dedicatedClient(database.url, () => undefined, "keepalive-test");
      await client.connect();
      try {
        const setting = async (name: string) =>
          Number((await client.query<{ v: string }>(`SELECT current_setting('${name}') AS v`)).rows[0]?.v);
        expect(await setting("tcp_keepalives_idle")).toBeGreaterThan(0);
        expect(await setting("tcp_keepalives_idle")).toBeLessThanOrEqual(10);
        expect(await setting("tcp_keepalives_interval")).toBeLessThanOrEqual(5);
        expect(await setting("tcp_keepalives_count")).toBeLessThanOrEqual(5);
      } finally {
        dropClient(client);
      }
    });
  },
);
