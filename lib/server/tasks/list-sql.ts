import "server-only";

import type { DatabaseKind } from "@/lib/db-url";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { isTerminalStatus, taskStatuses } from "@/lib/schemas/task";
import type { ListTasksQuery } from "@/lib/schemas/task-input";
import type { Viewer } from "@/lib/server/auth/viewer";

import { idForOrder, indexedSearch, newestFirst, notDeleted, promptsContain } from "./dialect";
import { splitSearchTerms, toLikePattern } from "./search-text";

// The gallery's id query, as raw SQL: Prisma cannot join the FTS5 table, and we want control over which
// index the database picks. Only ids come back; list.ts loads the rows with Prisma. What differs between SQLite
// and PostgreSQL is in dialect.ts; every function here takes the database kind.
//
// SQLite DateTime columns hold text such as "2026-11-28T10:00:00.000+00:00" (the better-sqlite3 adapter's
// default format). Dates bound as `Date` parameters go through the same adapter conversion, so comparisons are
// plain, index-friendly text comparisons of identically formatted values. PostgreSQL compares timestamps.

const DAY_MS = 86_400_000;
// "active" = not finished yet, as the browser's matchesFilters reads it. Derived here rather than imported from
// queries.ts so this module stays free of the db client (the tests and the bench import it directly).
const ACTIVE_STATUSES = taskStatuses.filter((status) => !isTerminalStatus(status));
const FAILED_STATUSES = ["failed", "cancelled"] as const;

/** Cursor = "<createdAt ms>.<id>" of the last item, so pages stay stable while new tasks arrive. */
export function encodeCursor(row: { createdAt: Date; id: string }): string {
  return `${row.createdAt.getTime()}.${row.id}`;
}

export function decodeCursor(cursor: string): { createdAt: Date; id: string } {
  const match = /^(\d{1,15})\.([A-Za-z0-9_-]{1,64})$/.exec(cursor);
  if (!match) throw new AppError("validation_failed", "cursor is not a cursor this API returned.");
  return { createdAt: new Date(Number(match[1])), id: match[2] ?? "" };
}

/** `YYYY-MM-DD` (validated by the schema) as the UTC midnight that starts that day. */
function startOfUtcDay(day: string): Date {
  return new Date(`${day}T00:00:00.000Z`);
}

function statusCondition(status: ListTasksQuery["status"]): Prisma.Sql | null {
  const statuses =
    status === "active"
      ? ACTIVE_STATUSES
      : status === "succeeded"
        ? ["succeeded"]
        : status === "failed"
          ? FAILED_STATUSES
          : null;
  return statuses ? Prisma.sql`"status" IN (${Prisma.join([...statuses])})` : null;
}

/** Each term as a case-insensitive substring of prompt, finalPrompt or promptEn (the fields the FTS text holds). */
function likeCondition(kind: DatabaseKind, term: string): Prisma.Sql {
  return promptsContain(kind, toLikePattern(term));
}

function searchConditions(kind: DatabaseKind, q: string | undefined): Prisma.Sql[] {
  const { indexed, short } = splitSearchTerms(q);
  const search = indexedSearch(kind, indexed, toLikePattern);
  // 1–2 character terms have no trigram to look up: LIKE on the Task row itself, so a newest-first scan can
  // stop after one page instead of reading every row of the search table.
  const likes = short.map((term) => likeCondition(kind, term));
  return search ? [search, ...likes] : likes;
}

/** Every condition except the text search, ANDed by the caller. */
function filterConditions(kind: DatabaseKind, query: ListTasksQuery, viewer: Viewer): Prisma.Sql[] {
  const conditions = [query.trash ? Prisma.sql`"deletedAt" IS NOT NULL` : notDeleted(kind)];
  if (query.scope === "mine") conditions.push(Prisma.sql`"authorId" = ${viewer.id}`);
  if (query.member) conditions.push(Prisma.sql`"authorId" = ${query.member}`);
  const status = statusCondition(query.status);
  if (status) conditions.push(status);
  if (query.type?.length) conditions.push(Prisma.sql`"action" IN (${Prisma.join(query.type)})`);
  if (query.from) conditions.push(Prisma.sql`"createdAt" >= ${startOfUtcDay(query.from)}`);
  if (query.to) {
    // Inclusive day: everything before the next UTC midnight.
    conditions.push(Prisma.sql`"createdAt" < ${new Date(startOfUtcDay(query.to).getTime() + DAY_MS)}`);
  }
  if (query.favorites) {
    conditions.push(
      Prisma.sql`"Task"."id" IN (SELECT "taskId" FROM "Favorite" WHERE "userId" = ${viewer.id})`,
    );
  }
  if (query.collection) {
    conditions.push(
      Prisma.sql`"Task"."id" IN (SELECT "taskId" FROM "CollectionItem" WHERE "collectionId" = ${query.collection})`,
    );
  }
  if (query.cursor) {
    const after = decodeCursor(query.cursor);
    // "<=" first gives the planner a plain range on the createdAt index; the OR then skips the ties already shown.
    conditions.push(
      Prisma.sql`"createdAt" <= ${after.createdAt} AND ("createdAt" < ${after.createdAt} OR ${idForOrder(kind)} < ${after.id})`,
    );
  }
  return conditions;
}

/** Ids of one page plus one more (to know whether there is a next page), newest first. */
export function taskIdQuery(kind: DatabaseKind, query: ListTasksQuery, viewer: Viewer): Prisma.Sql {
  const where = Prisma.join(
    [...filterConditions(kind, query, viewer), ...searchConditions(kind, query.q)],
    " AND ",
  );
  return Prisma.sql`SELECT "id" FROM "Task" WHERE ${where} ${newestFirst(kind)} LIMIT ${query.limit + 1}`;
}

/**
 * How many of the newest rows passing the filters the window query reads. Measured (docs/performance.md): LIKE
 * over the window costs ~3 µs a row, FTS ~4 µs per matching row. 500 rows (~1.5 ms) answer any term in 5%+ of
 * prompts, whose FTS doclists grow with the history; rarer terms lose ~1.5 ms and then get the fast FTS lookup.
 */
export const SEARCH_WINDOW_ROWS = 500;

/** LIKE and the trigram tokenizer fold case alike only for ASCII; for other letters (é/É) only FTS is right. */
const foldsLikeAscii = (term: string): boolean =>
  [...term].every((char) => char.charCodeAt(0) < 128 || char.toLowerCase() === char.toUpperCase());

/**
 * A cheap first try for searches with FTS terms: the same search as LIKE over only the newest
 * SEARCH_WINDOW_ROWS rows that pass the other filters. Those rows are a prefix of the full result's order, so if
 * the window holds a whole page (limit + 1 matches) that page is exactly the full query's answer. Common terms
 * finish here without reading their long FTS doclists; rare ones fall through to `taskIdQuery`. Null when the
 * search has no FTS term (the main query already scans newest-first) or a term LIKE would fold differently.
 */
export function newestWindowQuery(
  kind: DatabaseKind,
  query: ListTasksQuery,
  viewer: Viewer,
): Prisma.Sql | null {
  const { indexed, short } = splitSearchTerms(query.q);
  if (indexed.length === 0 || !indexed.every(foldsLikeAscii)) return null;
  const where = Prisma.join(filterConditions(kind, query, viewer), " AND ");
  const search = Prisma.join(
    [...indexed, ...short].map((term) => likeCondition(kind, term)),
    " AND ",
  );
  // PostgreSQL 15 requires an alias on a subquery in FROM; SQLite accepts one.
  return Prisma.sql`SELECT "id" FROM (
    SELECT "id", "createdAt", "prompt", "finalPrompt", "promptEn" FROM "Task" WHERE ${where} ${newestFirst(kind)}
    LIMIT ${SEARCH_WINDOW_ROWS}
  ) AS "newest" WHERE ${search} ${newestFirst(kind)} LIMIT ${query.limit + 1}`;
}
