// Shared by prisma.config.ts and the runtime client: "file:./data/studio.db" -> an absolute file path,
// resolved against the project root (the process cwd), the way the Prisma CLI resolves it.
import path from "node:path";

import { databaseKind, schemeOf } from "./db-kind.mjs";

export { databaseKind };
export type DatabaseKind = ReturnType<typeof databaseKind>;

export function sqliteFileFromUrl(url: string): string {
  if (!url.startsWith("file:")) {
    throw new Error(`DATABASE_URL must be a SQLite "file:" URL, got ${schemeOf(url)}`);
  }
  const file = url.slice("file:".length).split("?")[0] ?? "";
  // Runtime path from configuration: keep the bundler from tracing the whole project for it.
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), file);
}
