import { describe, expect, it } from "vitest";

import { assertE2eDatabaseIsLocal, e2eDatabaseProblem } from "../e2e/local-database.mjs";

const root = "/home/dev/mj-studio";
const dataDir = "e2e/.artifacts/data";

describe("e2eDatabaseProblem", () => {
  it.each([
    ["the suite's own relative SQLite file", "file:./e2e/.artifacts/data/studio.db"],
    ["an absolute path inside e2e/.artifacts", `file:${root}/e2e/.artifacts/data/studio.db`],
    ["a SQLite URL with options", "file:./e2e/.artifacts/data/studio.db?connection_limit=1"],
  ])("accepts %s", (_name, databaseUrl) => {
    expect(e2eDatabaseProblem({ dataDir, databaseUrl, root })).toBeNull();
  });

  it.each([
    ["a postgres URL", "postgres://admin:secret@db.example.com/studio", /not a local SQLite file/],
    ["the developer's ./data database", "file:./data/studio.db", /outside e2e\/.artifacts/],
    ["a path climbing out with ../", "file:./e2e/.artifacts/../../data/studio.db", /outside e2e\/.artifacts/],
    ["an absolute path elsewhere", "file:/var/lib/mj-studio/studio.db", /outside e2e\/.artifacts/],
    ["a look-alike folder next to it", "file:./e2e/.artifacts-old/studio.db", /outside e2e\/.artifacts/],
    ["no URL at all", undefined, /DATABASE_URL is not set/],
  ])("refuses %s", (_name, databaseUrl, message) => {
    expect(e2eDatabaseProblem({ dataDir, databaseUrl, root })).toMatch(message);
  });

  it("never repeats a postgres password in its message", () => {
    const problem = e2eDatabaseProblem({ dataDir, databaseUrl: "postgres://admin:secret@db/studio", root });
    expect(problem).not.toContain("secret");
  });

  it.each([
    ["no data folder", undefined, /DATA_DIR is not set/],
    ["the developer's data folder", "data", /outside e2e\/.artifacts/],
    [
      "e2e/.artifacts itself, which would wipe more than the data",
      "e2e/.artifacts",
      /outside e2e\/.artifacts/,
    ],
  ])("refuses %s", (_name, badDataDir, message) => {
    const databaseUrl = "file:./e2e/.artifacts/data/studio.db";
    expect(e2eDatabaseProblem({ dataDir: badDataDir, databaseUrl, root })).toMatch(message);
  });

  it("throws a message that says the suite refuses to run", () => {
    expect(() => assertE2eDatabaseIsLocal({ dataDir, databaseUrl: "postgres://db/studio", root })).toThrow(
      /e2e refuses to run: DATABASE_URL .* is not a local SQLite file/,
    );
  });
});
