// Searches whose newest-rows window (list-sql.ts) must agree with the full search query, on every database:
// list-sql.test.ts (SQLite) and list-sql-postgres.test.ts run the same list.
export const WINDOW_CASES: Record<string, string>[] = [
  { q: "--ar" },
  { q: "16:9" },
  { q: "RED FOX" },
  { q: "fox in" },
  { q: "霓虹灯" },
  { q: "--ar", scope: "mine", limit: "100" },
  { q: "lighthouse", status: "succeeded", cursor: "1793000000000.tzzzz" },
  { q: "--ar", trash: "1" },
  { q: "caret" },
  { q: "sailor", type: "SWAP_FACE" },
];
