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
    `DATABASE_URL must start with "file:" (SQLite), "postgres://" or "postgresql://" (PostgreSQL), got ${schemeOf(url)}`,
  );
}

/**
 * What an error may say about a URL it refuses: its scheme when it has a short one, else nothing of it. A value
 * without one may be a password pasted into the wrong variable, and error messages end up in logs.
 * @param {string} url
 * @returns {string}
 */
export function schemeOf(url) {
  const scheme = /^[a-z][a-z0-9+.-]{0,15}:/i.exec(url);
  return scheme ? `"${scheme[0]}"` : "an unrecognised value";
}
