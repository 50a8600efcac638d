import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";

import { splitSearchTerms, toFtsMatch, toLikePattern } from "./search-text";

describe("splitSearchTerms", () => {
  it("separates indexable terms (3+ characters) from short ones", () => {
    expect(splitSearchTerms("  red  fox in  snow ")).toEqual({
      indexed: ["red", "fox", "snow"],
      short: ["in"],
    });
  });

  it("counts characters, not UTF-16 units, and splits on full-width spaces", () => {
    expect(splitSearchTerms("猫咪们\u3000山水 𠮷𠮷")).toEqual({
      indexed: ["猫咪们"],
      short: ["山水", "𠮷𠮷"],
    });
  });

  it("searches a repeated term once and returns nothing for blank input", () => {
    expect(splitSearchTerms("fox fox")).toEqual({ indexed: ["fox"], short: [] });
    expect(splitSearchTerms("   ")).toEqual({ indexed: [], short: [] });
    expect(splitSearchTerms(undefined)).toEqual({ indexed: [], short: [] });
  });
});

describe("toFtsMatch", () => {
  it("quotes every term and ANDs them", () => {
    expect(toFtsMatch(["red", "fox"])).toBe('"red" AND "fox"');
  });

  it("doubles quotes inside a term", () => {
    expect(toFtsMatch(['"tiny"', "don't"])).toBe('"""tiny""" AND "don\'t"');
  });

  it("keeps FTS operators typed by a user inside strings", () => {
    expect(toFtsMatch(["AND", "NEAR(fox", "prefix*", "-minus", "^caret", "col:umn"])).toBe(
      '"AND" AND "NEAR(fox" AND "prefix*" AND "-minus" AND "^caret" AND "col:umn"',
    );
  });

  it("passes Chinese through unchanged", () => {
    expect(toFtsMatch(["城市夜景"])).toBe('"城市夜景"');
  });

  it("returns null for no terms", () => {
    expect(toFtsMatch([])).toBeNull();
  });
});

describe("toLikePattern", () => {
  it("takes % _ and the escape character literally", () => {
    expect(toLikePattern("5%")).toBe("%5\\%%");
    expect(toLikePattern("a_")).toBe("%a\\_%");
    expect(toLikePattern("\\")).toBe("%\\\\%");
    expect(toLikePattern("猫")).toBe("%猫%");
  });
});

// The expressions must also be valid FTS5 that finds the text literally: run them against a real trigram table.
describe("toFtsMatch against SQLite FTS5 (trigram)", () => {
  const sqlite = new Database(":memory:");
  sqlite.exec(`CREATE VIRTUAL TABLE s USING fts5(id UNINDEXED, text, tokenize = 'trigram')`);
  const rows: Record<string, string> = {
    plain: "a red fox in the snow --ar 16:9",
    quoted: 'a cat wearing a "tiny" hat',
    operators: "NEAR(fox sailor) AND prefix* -minus ^caret col:umn",
    chinese: "城市夜景 霓虹灯 雨夜",
  };
  const insert = sqlite.prepare("INSERT INTO s (id, text) VALUES (?, ?)");
  for (const [id, text] of Object.entries(rows)) insert.run(id, text);
  afterAll(() => sqlite.close());

  const search = (q: string): string[] => {
    const match = toFtsMatch(splitSearchTerms(q).indexed);
    if (!match) return [];
    return sqlite
      .prepare("SELECT id FROM s WHERE s MATCH ? ORDER BY id")
      .all(match)
      .map((row) => (row as { id: string }).id);
  };

  it.each([
    ["RED FOX", ["plain"]],
    ["16:9 --ar", ["plain"]],
    ['"tiny"', ["quoted"]],
    ["AND", ["operators"]],
    ["NEAR(fox", ["operators"]],
    ["prefix* -minus", ["operators"]],
    ["^caret col:umn", ["operators"]],
    ["霓虹灯", ["chinese"]],
    ["城市夜景 雨夜x", []],
    ['unbalanced "quote', []],
    ["OR NOT", []],
  ])("%s", (q, expected) => {
    expect(search(q)).toEqual(expected);
  });
});
