// Against a real PostgreSQL (TEST_DATABASE_URL): two instances' buses on one database.
import pg from "pg";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";

import type { PublishedEvent } from "@/lib/server/events";
import type { TrackerSignal } from "@/lib/server/signals";
import {
  createTestDatabase,
  killOtherConnections,
  POSTGRES_SKIP_REASON,
  TEST_DATABASE_URL,
  type TestDatabase,
} from "@/test/postgres-database";

import { ClusterBus } from "./cluster-bus";
import { NotifyChannel } from "./notify-channel";

let database: TestDatabase;
const cleanup: (() => Promise<void>)[] = [];

async function node(name: string, leader = false) {
  const heard = { events: [] as PublishedEvent[], signals: [] as TrackerSignal[], settingsReloads: 0 };
  const upstreamFromLeader: (string | null)[] = [];
  const bus = new ClusterBus(name, {
    onSignal: (signal) => heard.signals.push(signal),
    onCallbacks: () => undefined,
    onPeerSettings: async () => {
      heard.settingsReloads += 1;
    },
    onLeaderUpstream: (state) => upstreamFromLeader.push(state.unreachableSince),
    upstreamState: () => (leader ? { unreachableSince: "2026-12-07T00:00:00.000Z" } : null),
  });
  const pool = new pg.Pool({ connectionString: database.url, max: 2 });
  const listening: boolean[] = [];
  const channel = new NotifyChannel({
    connectionString: database.url,
    pool,
    instanceId: name,
    applicationName: `listener-${name}`,
    onPayload: (payload) => bus.receive(payload),
    onListening: (first) => {
      listening.push(first);
      void bus.listening(first);
    },
    random: () => 0,
  });
  bus.attach(channel);
  bus.subscribe((published) => heard.events.push(published));
  await channel.start();
  cleanup.push(async () => {
    await channel.stop();
    await pool.end();
  });
  return { bus, heard, listening, upstreamFromLeader };
}

const kinds = (events: PublishedEvent[]) => events.map((e) => JSON.stringify(e.event));

describe.skipIf(!TEST_DATABASE_URL)(
  `cluster bus on PostgreSQL ${TEST_DATABASE_URL ? "" : POSTGRES_SKIP_REASON}`,
  () => {
    beforeAll(async () => {
      database = await createTestDatabase("bus");
    });
    afterEach(async () => {
      for (const stop of cleanup.splice(0)) await stop();
    });
    afterAll(async () => {
      await database?.drop();
    });

    it("delivers an event published on one instance to the subscribers of both", async () => {
      const a = await node("a");
      const b = await node("b");
      a.bus.publish({ kind: "tasks", ids: ["t1"] });
      a.bus.publish({ kind: "tasks", ids: ["t2"] });
      const expected = [JSON.stringify({ kind: "tasks", ids: ["t1", "t2"] })];
      await vi.waitFor(() => expect(kinds(b.heard.events)).toEqual(expected));
      await vi.waitFor(() => expect(kinds(a.heard.events)).toEqual(expected));
      expect(b.bus.missedSince(b.bus.latestId())).toBe(false);
    });

    it("carries a tracker signal from any instance to the others", async () => {
      const leader = await node("leader", true);
      const other = await node("other");
      other.bus.signal("wake");
      await vi.waitFor(() => expect(leader.heard.signals).toEqual(["wake"]));
    });

    it("reloads settings on the other instances (not on the one that saved them) before telling browsers", async () => {
      const a = await node("a");
      const b = await node("b");
      a.bus.publish({ kind: "settings" });
      await vi.waitFor(() => expect(kinds(b.heard.events)).toEqual([JSON.stringify({ kind: "settings" })]));
      expect(b.heard.settingsReloads).toBe(1);
      expect(a.heard.settingsReloads).toBe(0);
    });

    it("shows the tracker's upstream state on the other instances, also to one that joins later", async () => {
      const leader = await node("leader", true);
      const early = await node("early");
      leader.bus.publish({ kind: "upstream" });
      await vi.waitFor(() => expect(early.upstreamFromLeader).toContain("2026-12-07T00:00:00.000Z"));
      // A newcomer's hello makes the tracker's instance announce its state again.
      const late = await node("late");
      await vi.waitFor(() => expect(late.upstreamFromLeader).toEqual(["2026-12-07T00:00:00.000Z"]));
    });

    it("reconnects a lost listener and then tells its browsers to re-read (missedSince says so)", async () => {
      const a = await node("a");
      const b = await node("b");
      const before = b.bus.latestId();
      const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
      expect(await killOtherConnections(database.url, "listener-b")).toBe(1);
      await vi.waitFor(() => expect(b.listening).toEqual([true, false]), { timeout: 5_000 });
      warn.mockRestore();
      expect(kinds(b.heard.events)).toContain(JSON.stringify({ kind: "tasks", ids: [] }));
      expect(b.bus.missedSince(before)).toBe(true);
      expect(b.heard.settingsReloads).toBe(1);
      // And it hears the others again.
      a.bus.publish({ kind: "tasks", ids: ["after"] });
      await vi.waitFor(() =>
        expect(kinds(b.heard.events)).toContain(JSON.stringify({ kind: "tasks", ids: ["after"] })),
      );
    }, 15_000);
  },
);
