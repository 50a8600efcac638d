import "server-only";

import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";

import { env } from "@/env.mjs";
import { databaseKind, sqliteFileFromUrl } from "@/lib/db-url";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "@/lib/generated/prisma-pg/client";

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

/** Which database this process talks to, from DATABASE_URL's scheme; picks the raw SQL dialect (tasks/dialect.ts). */
export const dbKind = databaseKind(env.DATABASE_URL);

function baseClient(): PrismaClient {
  if (dbKind === "sqlite") {
    return new PrismaClient({
      adapter: new PrismaBetterSQLite3({ url: sqliteFileFromUrl(env.DATABASE_URL) }),
    });
  }
  const adapter = new PrismaPg({ connectionString: env.DATABASE_URL, max: env.DATABASE_POOL_SIZE });
  // Typed as the SQLite client on purpose: both clients are generated from the same models
  // (prisma/postgres/schema.prisma is a derived copy, test/postgres-schema.test.ts), so their delegates take and
  // return the same shapes. The SQLite client's types are the narrower ones (no `mode: "insensitive"`, no
  // Postgres-only options), so code typed against them uses nothing the SQLite database could not run. Raw SQL
  // that differs between the two goes through tasks/dialect.ts.
  return new PostgresPrismaClient({ adapter }) as unknown as PrismaClient;
}

// Every write to a task tells the open browsers, from this one place, so no code path that changes a task can
// forget to (the studio has no interactive transactions, so a write is committed when its query returns).
function createClient() {
  return baseClient().$extends({
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
