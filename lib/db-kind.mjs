// Which database a DATABASE_URL names, by its scheme. Plain JavaScript so env.mjs (loaded by next.config.mjs)
// and the Node scripts (migrations) can import it as well as the TypeScript code (through lib/db-url.ts).

/**
 * `file:` → SQLite (the embedded default); `postgres://` or `postgresql://` → PostgreSQL. Anything else throws:
 * a typo must not quietly fall back to a local SQLite file.
 * @param {string} url
 * @returns {"sqlite" | "postgres"}
 */
export function databaseKind(url) {
  if (url.startsWith("file:")) return "sqlite";
  if (/^postgres(ql)?:\/\//i.test(url)) return "postgres";
  throw new Error(
    `DATABASE_URL must start with "file:" (SQLite), "postgres://" or "postgresql://" (PostgreSQL), got "${url.split(":")[0]}:"`,
  );
}
