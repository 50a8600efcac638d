import { describe, expect, it } from "vitest";

import { databaseKind, sqliteFileFromUrl } from "./db-url";

describe("databaseKind", () => {
  it.each([
    ["file:./data/studio.db", "sqlite"],
    ["file:/abs/studio.db?connection_limit=1", "sqlite"],
    ["postgresql://studio@127.0.0.1:5432/studio", "postgres"],
    ["postgres://u:p@db.internal/studio?sslmode=require", "postgres"],
    ["POSTGRESQL://db/studio", "postgres"],
  ])("%s is %s", (url, kind) => {
    expect(databaseKind(url)).toBe(kind);
  });

  it.each(["mysql://db/studio", "./data/studio.db", "sqlite:studio.db", "postgresql:/db", ""])(
    "rejects %j instead of guessing",
    (url) => {
      expect(() => databaseKind(url)).toThrow(/DATABASE_URL must start with/);
    },
  );
});

describe("sqliteFileFromUrl", () => {
  it("refuses a PostgreSQL URL", () => {
    expect(() => sqliteFileFromUrl("postgresql://db/studio")).toThrow(/SQLite "file:" URL/);
  });
});
