import "server-only";

import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TaskPageDto } from "@/lib/schemas/task";
import type { ListTasksQuery } from "@/lib/schemas/task-input";
import type { Viewer } from "@/lib/server/auth/viewer";
import { db, dbKind } from "@/lib/server/db";

import { favoriteIdsOf } from "./access";
import { toTaskDto, withAuthor } from "./dto";
import { encodeCursor, newestWindowQuery, taskIdQuery } from "./list-sql";
import { usedButtonsOf } from "./used-buttons";

async function idsOf(sql: Prisma.Sql): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>(sql);
  return rows.map((row) => row.id);
}

/** Up to limit + 1 ids, newest first: from the cheap newest-rows window when it holds a whole page. */
export async function pageIds(query: ListTasksQuery, viewer: Viewer): Promise<string[]> {
  try {
    const window = newestWindowQuery(dbKind, query, viewer);
    if (window) {
      const ids = await idsOf(window);
      if (ids.length > query.limit) return ids;
    }
    return await idsOf(taskIdQuery(dbKind, query, viewer));
  } catch (error) {
    // search-text.ts quotes every term, so this should not happen; if FTS5 still rejects the text, the member
    // gets a plain message instead of a 500 with SQLite's parser output.
    if (error instanceof Error && /fts5|unterminated string|malformed MATCH/i.test(error.message)) {
      throw new AppError("validation_failed", "q could not be searched as typed; try other words.");
    }
    throw error;
  }
}

/**
 * One page of the team gallery, newest first. Filters and search run as SQL over ids (see list-sql.ts); the
 * page's rows are then loaded with their authors and the viewer's stars.
 */
export async function listTaskPage(query: ListTasksQuery, viewer: Viewer): Promise<TaskPageDto> {
  const ids = await pageIds(query, viewer);
  const wanted = ids.slice(0, query.limit);
  const rows =
    wanted.length > 0 ? await db.task.findMany({ where: { id: { in: wanted } }, include: withAuthor }) : [];
  const byId = new Map(rows.map((row) => [row.id, row]));
  // findMany does not keep the order of `in`; a row purged between the two queries is simply skipped.
  const page = wanted.flatMap((id) => byId.get(id) ?? []);
  const shownIds = page.map((row) => row.id);
  const [favoriteIds, usedButtons] = await Promise.all([
    favoriteIdsOf(viewer.id, shownIds),
    usedButtonsOf(shownIds),
  ]);
  const last = page.at(-1);
  return {
    items: page.map((row) => toTaskDto(row, { favoriteIds, usedButtons })),
    nextCursor: ids.length > query.limit && last ? encodeCursor(last) : null,
  };
}
