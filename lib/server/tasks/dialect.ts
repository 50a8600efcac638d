import "server-only";

import type { DatabaseKind } from "@/lib/db-url";
import { Prisma } from "@/lib/generated/prisma/client";

import { LIKE_ESCAPE, toFtsMatch } from "./search-text";

// The raw SQL that differs between SQLite and PostgreSQL, in one place. Everything else the gallery and the
// reports run is written once: double-quoted identifiers ("Task", "createdAt") and bound parameters mean the same
// on both. Prisma stores DateTime as ISO-8601 text in UTC on SQLite and as timestamp(3) without time zone, in UTC,
// on PostgreSQL; Date parameters are converted by each adapter, so range comparisons need no dialect.

/** The columns the search box looks in. */
const PROMPT_COLUMNS = [Prisma.raw(`"prompt"`), Prisma.raw(`"finalPrompt"`), Prisma.raw(`"promptEn"`)];

/**
 * Case-insensitive "one of the prompts contains this LIKE pattern". SQLite's LIKE folds ASCII case only (callers
 * that must agree with FTS check that, see list-sql.ts); PostgreSQL's ILIKE folds every letter the database's
 * locale knows. On PostgreSQL each column's pg_trgm GIN index serves this for patterns of 3+ characters.
 */
export function promptsContain(kind: DatabaseKind, pattern: string): Prisma.Sql {
  const like = kind === "postgres" ? Prisma.raw("ILIKE") : Prisma.raw("LIKE");
  const each = PROMPT_COLUMNS.map((column) => Prisma.sql`${column} ${like} ${pattern} ESCAPE ${LIKE_ESCAPE}`);
  return Prisma.sql`(${Prisma.join(each, " OR ")})`;
}

/**
 * Rows whose prompts contain every term (each 3+ characters). SQLite: the FTS5 trigram table `TaskSearch`, kept
 * in sync by triggers. PostgreSQL: ILIKE per term, answered from the pg_trgm indexes. Null for no terms.
 */
export function indexedSearch(
  kind: DatabaseKind,
  terms: readonly string[],
  toPattern: (term: string) => string,
): Prisma.Sql | null {
  if (kind === "postgres") {
    return terms.length
      ? Prisma.join(
          terms.map((term) => promptsContain(kind, toPattern(term))),
          " AND ",
        )
      : null;
  }
  const match = toFtsMatch(terms);
  return match
    ? Prisma.sql`"Task"."id" IN (SELECT "taskId" FROM "TaskSearch" WHERE "TaskSearch" MATCH ${match})`
    : null;
}

/**
 * Not in the trash. On SQLite the unary + keeps the planner off the deletedAt index for "IS NULL": nearly every
 * row is not deleted, and that index would force reading and sorting all of them instead of walking createdAt
 * newest-first. PostgreSQL has no unary + for timestamps and estimates the selectivity itself.
 */
export function notDeleted(kind: DatabaseKind): Prisma.Sql {
  return kind === "postgres" ? Prisma.sql`"deletedAt" IS NULL` : Prisma.sql`+"deletedAt" IS NULL`;
}

/**
 * The id as the tie-break of "newest first" compares. Ids are ASCII; SQLite compares text bytewise, while
 * PostgreSQL would use the database's collation (in en_US "a" < "B" < "b"): COLLATE "C" makes it bytewise too,
 * so the order, and the cursors built on it, are the same whatever locale the database was created with.
 */
export function idForOrder(kind: DatabaseKind): Prisma.Sql {
  return kind === "postgres" ? Prisma.sql`"id" COLLATE "C"` : Prisma.sql`"id"`;
}

/** `ORDER BY` newest first, ties broken by id, identically on both databases. */
export function newestFirst(kind: DatabaseKind): Prisma.Sql {
  return Prisma.sql`ORDER BY "createdAt" DESC, ${idForOrder(kind)} DESC`;
}

/** A DateTime column's UTC day as `YYYY-MM-DD` text. */
export function utcDayOf(kind: DatabaseKind, column: string): Prisma.Sql {
  const quoted = Prisma.raw(`"${column}"`);
  return kind === "postgres"
    ? Prisma.sql`to_char(${quoted}, 'YYYY-MM-DD')`
    : Prisma.sql`substr(${quoted}, 1, 10)`;
}
