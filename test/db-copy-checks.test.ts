// scripts/db-copy-to-postgres.mjs without a PostgreSQL server: how SQLite values become PostgreSQL parameters,
// and the refusals that happen before the target is touched (the URL given is never connected to).
import Database from "better-sqlite3";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createStudioDb, runScript } from "./db-copy-fixture";
import { toPostgresValue, toUtcText } from "../scripts/db-copy-tables.mjs";

describe("toUtcText", () => {
  it.each([
    ["2026-11-02T08:15:30.123+00:00", "Prisma's iso8601 format"],
    ["2026-11-02T08:15:30.123Z", "ISO with Z"],
    ["2026-11-02T09:15:30.123+01:00", "another offset"],
    [1793607330123, "unixepoch-ms (a number)"],
    ["1793607330123", "unixepoch-ms (as text)"],
  ])("reads %s (%s) as the same UTC instant", (stored, _format) => {
    expect(toUtcText(stored)).toBe("2026-11-02T08:15:30.123Z");
  });

  it("reads SQLite's CURRENT_TIMESTAMP default and zone-less text as UTC", () => {
    expect(toUtcText("2026-11-02 08:15:30")).toBe("2026-11-02T08:15:30.000Z");
    expect(toUtcText("2026-11-02T08:15:30.5")).toBe("2026-11-02T08:15:30.500Z");
  });

  it("refuses text that is no date", () => {
    expect(() => toUtcText("yesterday")).toThrow(/not a date/);
  });
});

describe("toPostgresValue", () => {
  it("turns SQLite's 1 / 0 into booleans and refuses anything else", () => {
    expect(toPostgresValue("boolean", 1)).toBe(true);
    expect(toPostgresValue("boolean", 0)).toBe(false);
    expect(() => toPostgresValue("boolean", 2)).toThrow(/not a boolean/);
  });

  it("keeps nulls, JSON text, numbers and big integers exactly", () => {
    expect(toPostgresValue("timestamp without time zone", null)).toBeNull();
    expect(toPostgresValue("text", '{"说明":"完成"}')).toBe('{"说明":"完成"}');
    expect(toPostgresValue("jsonb", '{"a":1}')).toBe('{"a":1}');
    expect(toPostgresValue("integer", 1_234_567)).toBe(1_234_567);
    expect(toPostgresValue("bigint", 9_007_199_254_740_993n)).toBe("9007199254740993");
    expect(toPostgresValue("text", 42)).toBe("42");
  });
});

describe("db:copy-to-postgres refuses before touching the target", () => {
  let studio: ReturnType<typeof createStudioDb>;
  // Nothing listens there: a refusal that tried to connect would fail with a connection error instead.
  const nowhere = "postgresql://nobody@127.0.0.1:9/never";
  const copy = (args: string[], url = nowhere) =>
    runScript("db-copy-to-postgres.mjs", args, { DATABASE_URL: url });

  beforeAll(() => {
    studio = createStudioDb();
  }, 60_000);
  afterAll(() => studio?.remove());

  it("without --from", () => {
    const run = copy([]);
    expect(run.status).toBe(2);
    expect(run.output).toMatch(/Say which SQLite database to copy with --from/);
  });

  it("when DATABASE_URL is not PostgreSQL", () => {
    const run = copy(["--from", studio.file], `file:${studio.file}`);
    expect(run.status).toBe(2);
    expect(run.output).toMatch(/DATABASE_URL must name the PostgreSQL database to copy into/);
  });

  it("when the source is not a SQLite file, or not a studio database", () => {
    const text = path.join(studio.dir, "notes.txt");
    writeFileSync(text, "not a database at all, just some text to fill the header page".repeat(20));
    expect(copy(["--from", text]).output).toMatch(/is not a SQLite database/);
    const other = path.join(studio.dir, "other.db");
    new Database(other).exec("CREATE TABLE notes (body TEXT)");
    const run = copy(["--from", `file:${other}`]);
    expect(run.status).toBe(2);
    expect(run.output).toMatch(/is not a migrated MJ Studio database/);
  });

  it("when the source misses a migration, naming it", () => {
    const sqlite = new Database(studio.file);
    const last = sqlite
      .prepare(`SELECT migration_name FROM _prisma_migrations ORDER BY migration_name DESC LIMIT 1`)
      .pluck()
      .get() as string;
    sqlite.prepare(`DELETE FROM _prisma_migrations WHERE migration_name = ?`).run(last);
    sqlite.close();
    const run = copy(["--from", `file:${studio.file}`]);
    expect(run.status).toBe(2);
    expect(run.output).toContain(`lacks migrations ${last}`);
    expect(run.output).toMatch(/npm run db:migrate/);
  });
});
