import type { FailureStore } from "./failure-store";

/**
 * The table's behaviour in memory, for the limiters' unit tests (failure-store.test.ts checks the real table
 * against the same expectations). Rows are kept in the order they were added, like the table's ids; like the
 * table's store, a sweep forgets only keys that start with one of `prefixes` (default: every key).
 */
export function memoryFailureStore(prefixes = [""]): FailureStore & { size(): number } {
  let rows: { key: string; at: Date; id: number }[] = [];
  let nextId = 1;
  const newestFirst = (key: string) =>
    rows.filter((r) => r.key === key).sort((a, b) => b.at.getTime() - a.at.getTime() || b.id - a.id);
  return {
    add(key, at) {
      const id = nextId++;
      rows.push({ key, at, id });
      return Promise.resolve(id);
    },
    newest(key, limit, beforeId = Number.POSITIVE_INFINITY) {
      return Promise.resolve(
        newestFirst(key)
          .filter((r) => r.id < beforeId)
          .slice(0, limit)
          .map((r) => r.at),
      );
    },
    remove(id) {
      rows = rows.filter((r) => r.id !== id);
      return Promise.resolve();
    },
    clear(key) {
      rows = rows.filter((r) => r.key !== key);
      return Promise.resolve();
    },
    trim(key, keep) {
      const kept = new Set(newestFirst(key).slice(0, keep));
      rows = rows.filter((r) => r.key !== key || kept.has(r));
      return Promise.resolve();
    },
    sweepQuiet(before) {
      const newestAt = new Map<string, number>();
      for (const r of rows) newestAt.set(r.key, Math.max(newestAt.get(r.key) ?? 0, r.at.getTime()));
      const ours = (key: string) => prefixes.some((prefix) => key.startsWith(prefix));
      rows = rows.filter((r) => !ours(r.key) || (newestAt.get(r.key) ?? 0) >= before.getTime());
      return Promise.resolve();
    },
    sweepOlder(before) {
      const ours = (key: string) => prefixes.some((prefix) => key.startsWith(prefix));
      rows = rows.filter((r) => !ours(r.key) || r.at.getTime() >= before.getTime());
      return Promise.resolve();
    },
    size: () => rows.length,
  };
}
