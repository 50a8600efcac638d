import "server-only";

import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

import { env } from "@/env.mjs";
import { sqliteFileFromUrl } from "@/lib/db-url";
import { PrismaClient } from "@/lib/generated/prisma/client";

// One client per process; dev hot-reload keeps it on globalThis so reloads do not open new handles.
const globalForDb = globalThis as unknown as { mjStudioDb?: PrismaClient };

function createClient(): PrismaClient {
  const adapter = new PrismaBetterSQLite3({ url: sqliteFileFromUrl(env.DATABASE_URL) });
  return new PrismaClient({ adapter });
}

export const db: PrismaClient = globalForDb.mjStudioDb ?? createClient();
globalForDb.mjStudioDb = db;
