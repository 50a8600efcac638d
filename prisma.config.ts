// Prisma CLI configuration. The JS engine + driver adapter lets `migrate deploy/diff` run on Prisma's
// bundled wasm schema engine, so migrations work offline (no native engine download).
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import path from "node:path";
import { defineConfig } from "prisma/config";

import { sqliteFileFromUrl } from "./lib/db-url";

const databaseUrl = process.env.DATABASE_URL ?? "file:./data/studio.db";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  adapter: () => Promise.resolve(new PrismaBetterSQLite3({ url: sqliteFileFromUrl(databaseUrl) })),
});
