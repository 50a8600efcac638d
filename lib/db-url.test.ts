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

describe("databaseKind's refusal", () => {
  it.each([
    ["mysql://u:p@db/studio", /got "mysql:"/],
    ["sqlite:studio.db", /got "sqlite:"/],
    // A password pasted into the wrong variable must not be printed back, in part or whole.
    ["hunter2-correct-horse-battery", /got an unrecognised value/],
    ["s3cret:with-a-colon", /got "s3cret:"/],
    ["averyveryverylongtoken:rest", /got an unrecognised value/],
  ])("for %j names at most a short scheme", (url, shown) => {
    expect(() => databaseKind(url)).toThrow(shown);
  });

  it("never prints back a value without a short scheme", () => {
    for (const value of ["hunter2-correct-horse-battery", "averyveryverylongtoken:rest"]) {
      expect(() => databaseKind(value)).toThrow(
        expect.objectContaining({ message: expect.not.stringContaining(value.slice(0, 8)) }),
      );
    }
  });
});

describe("sqliteFileFromUrl", () => {
  it("refuses a PostgreSQL URL", () => {
    expect(() => sqliteFileFromUrl("postgresql://db/studio")).toThrow(
      /SQLite "file:" URL, got "postgresql:"/,
    );
  });

  it("does not print back a value that has no scheme", () => {
    expect(() => sqliteFileFromUrl("hunter2-correct-horse")).toThrow(/got an unrecognised value/);
  });
});
