import "server-only";

import type { Db } from "@/lib/server/db";

// Failed sign-ins live in the SignInFailure table (one row per failure), so every studio instance counts the same
// failures: a lockout earned on one instance holds on the others, and a restart forgets nothing. Rates are low
// (a failure is a human or a guesser typing, slowed by the very limits that read these rows), so a couple of
// small indexed queries per failure cost nothing worth caching.

/** Where the failures of one kind of key are kept; the limiters (rate-limit.ts, sign-in-delay.ts) read it. */
export interface FailureStore {
  /** Writes a failure (or an attempt that may turn out to be one) and returns its row id. */
  add(key: string, at: Date): Promise<number>;
  /**
   * The key's newest failures, newest first, at most `limit`; with `beforeId`, only rows written before that one
   * (ids grow in the order rows are written), so attempts in flight at the same time each see the others' rows.
   */
  newest(key: string, limit: number, beforeId?: number): Promise<Date[]>;
  /** Forgets one row: an attempt that turned out not to be a failure. */
  remove(id: number): Promise<void>;
  /** Forgets every failure of the key (a successful sign-in). */
  clear(key: string): Promise<void>;
  /** Keeps only the key's newest `keep` failures: older ones no longer change any wait. */
  trim(key: string, keep: number): Promise<void>;
  /** Forgets the keys (of this store's kind) whose newest failure is older than `before`. */
  sweepQuiet(before: Date): Promise<void>;
  /**
   * Forgets every failure (of this store's kind) older than `before`, key by key or not: for a sliding window,
   * where a row older than the window never changes a wait. One plain indexed delete, however many keys.
   */
  sweepOlder(before: Date): Promise<void>;
}

/** How often one process sweeps quiet keys (on a failure, never on a timer). */
export const SWEEP_EVERY_MS = 60_000;
/** Keys one sweep query forgets at most, so each query stays small. */
const SWEEP_BATCH = 500;
/**
 * Batches one sweep runs at most (10,000 keys). A spray of random e-mails adds a key per guess; one batch a minute
 * could fall behind it for ever, while a bounded loop keeps up with anything the per-IP budget and the request
 * rate allow and still ends.
 */
const SWEEP_MAX_BATCHES = 20;

type FailureTable = Pick<Db, "signInFailure">;

/**
 * The table, for the keys that start with one of `prefixes` ("ip:" for the client limiter, "email:" and
 * "known:" for the account delay): each limiter sweeps only its own keys, by its own horizon.
 */
export function prismaFailureStore(db: FailureTable, prefixes: string[]): FailureStore {
  const table = db.signInFailure;
  return {
    async add(key, at) {
      const row = await table.create({ data: { key, at }, select: { id: true } });
      return row.id;
    },
    async newest(key, limit, beforeId) {
      const rows = await table.findMany({
        where: beforeId === undefined ? { key } : { key, id: { lt: beforeId } },
        orderBy: [{ at: "desc" }, { id: "desc" }],
        take: limit,
        select: { at: true },
      });
      return rows.map((row) => row.at);
    },
    async remove(id) {
      await table.deleteMany({ where: { id } });
    },
    async clear(key) {
      await table.deleteMany({ where: { key } });
    },
    async trim(key, keep) {
      const kept = await table.findMany({
        where: { key },
        orderBy: [{ at: "desc" }, { id: "desc" }],
        skip: keep - 1,
        take: 1,
        select: { id: true, at: true },
      });
      const oldestKept = kept[0];
      if (!oldestKept) return;
      await table.deleteMany({
        where: {
          key,
          OR: [{ at: { lt: oldestKept.at } }, { at: oldestKept.at, id: { lt: oldestKept.id } }],
        },
      });
    },
    async sweepQuiet(before) {
      const ours = { OR: prefixes.map((prefix) => ({ key: { startsWith: prefix } })) };
      for (let batch = 0; batch < SWEEP_MAX_BATCHES; batch += 1) {
        const quiet = await table.groupBy({
          by: ["key"],
          where: ours,
          having: { at: { _max: { lt: before } } },
          take: SWEEP_BATCH,
          orderBy: { key: "asc" },
        });
        if (quiet.length === 0) return;
        // `at` again: a failure recorded since the groupBy keeps its key.
        await table.deleteMany({ where: { key: { in: quiet.map((q) => q.key) }, at: { lt: before } } });
        if (quiet.length < SWEEP_BATCH) return;
      }
    },
    async sweepOlder(before) {
      await table.deleteMany({
        where: { OR: prefixes.map((prefix) => ({ key: { startsWith: prefix } })), at: { lt: before } },
      });
    },
  };
}

/**
 * An attempt written before its password is checked (see sign-in-guard.ts): its row id, and the wait that the
 * rows written before it impose (0: it may go ahead).
 */
export interface Attempt {
  id: number;
  retryAfterMs: number;
}

/**
 * Starts `sweep` at most once per SWEEP_EVERY_MS (per limiter and process) and does not wait for it: a sweep
 * after a spray of guesses may run several batches, and the sign-in that happened to start it must not wait for
 * them. It never fails a sign-in either; an error is only logged.
 */
export function sweeper(now: () => number): (sweep: () => Promise<void>) => void {
  let lastSweepAt = Number.NEGATIVE_INFINITY;
  return (sweep) => {
    if (now() - lastSweepAt < SWEEP_EVERY_MS) return;
    lastSweepAt = now();
    sweep().catch((error: Error) =>
      console.warn(`[auth] sweeping sign-in failures failed: ${error.message}`),
    );
  };
}
