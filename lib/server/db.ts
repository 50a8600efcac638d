import "server-only";

import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

import { env } from "@/env.mjs";
import { sqliteFileFromUrl } from "@/lib/db-url";
import { PrismaClient } from "@/lib/generated/prisma/client";

import { publishTaskChanges } from "./events";

const TASK_WRITES = new Set([
  "create",
  "createMany",
  "update",
  "updateMany",
  "upsert",
  "delete",
  "deleteMany",
]);

/** The task id a write names, when it names one (`where: { id }` or the row it returned). */
function writtenTaskId(args: unknown, result: unknown): string | null {
  const fromResult = (result as { id?: unknown } | null)?.id;
  if (typeof fromResult === "string") return fromResult;
  const fromWhere = (args as { where?: { id?: unknown } } | undefined)?.where?.id;
  return typeof fromWhere === "string" ? fromWhere : null;
}

// Every write to a task tells the open browsers, from this one place, so no code path that changes a task can
// forget to (the studio has no interactive transactions, so a write is committed when its query returns).
function createClient() {
  const adapter = new PrismaBetterSQLite3({ url: sqliteFileFromUrl(env.DATABASE_URL) });
  return new PrismaClient({ adapter }).$extends({
    name: "task-change-events",
    query: {
      task: {
        async $allOperations({ operation, args, query }) {
          const result = await query(args);
          if (TASK_WRITES.has(operation)) {
            const count = (result as { count?: unknown } | null)?.count;
            if (count !== 0) {
              const id = writtenTaskId(args, result);
              publishTaskChanges(id ? [id] : []);
            }
          }
          return result;
        },
      },
    },
  });
}

export type Db = ReturnType<typeof createClient>;

// One client per process; dev hot-reload keeps it on globalThis so reloads do not open new handles.
const globalForDb = globalThis as unknown as { mjStudioDb?: Db };

export const db: Db = globalForDb.mjStudioDb ?? createClient();
globalForDb.mjStudioDb = db;
