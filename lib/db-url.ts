// Shared by prisma.config.ts and the runtime client: "file:./data/studio.db" -> an absolute file path,
// resolved against the project root (the process cwd), the way the Prisma CLI resolves it.
import path from "node:path";

export function sqliteFileFromUrl(url: string): string {
  if (!url.startsWith("file:")) {
    throw new Error(`DATABASE_URL must be a SQLite "file:" URL, got "${url.split(":")[0]}:"`);
  }
  const file = url.slice("file:".length).split("?")[0] ?? "";
  // Runtime path from configuration: keep the bundler from tracing the whole project for it.
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), file);
}

/** Which database DATABASE_URL names: "file:" → SQLite, "postgres://" or "postgresql://" → PostgreSQL. */
export function databaseKind(url: string): "sqlite" | "postgres" {
  if (url.startsWith("file:")) return "sqlite";
  if (/^postgres(ql)?:\/\//i.test(url)) return "postgres";
  throw new Error(
    `DATABASE_URL must start with "file:", "postgres://" or "postgresql://", got "${url.split(":")[0]}:"`,
  );
}
