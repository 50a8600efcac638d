import { describe, expect, it } from "vitest";

import { expandPromptText, isBatchText, MAX_BATCH_JOBS } from "./expand";

function prompts(text: string): string[] {
  const result = expandPromptText(text);
  if (!result.ok) throw new Error(result.error.message);
  return result.prompts;
}

describe("expandPromptText", () => {
  it("keeps a plain prompt as one", () => {
    expect(prompts("a red fox --ar 3:2")).toEqual(["a red fox --ar 3:2"]);
    expect(isBatchText("a red fox --ar 3:2")).toBe(false);
  });

  it("multiplies groups, leftmost slowest, parameters included", () => {
    expect(prompts("{red, blue} cat {--ar 1:1, --ar 16:9}")).toEqual([
      "red cat --ar 1:1",
      "red cat --ar 16:9",
      "blue cat --ar 1:1",
      "blue cat --ar 16:9",
    ]);
    expect(isBatchText("{red, blue} cat")).toBe(true);
  });

  it("expands nested groups", () => {
    expect(prompts("a {b {c, d}, e} f")).toEqual(["a b c f", "a b d f", "a e f"]);
    expect(prompts("{{x, y}, z}")).toEqual(["x", "y", "z"]);
  });

  it("treats escaped commas and braces as text", () => {
    expect(prompts("{salt\\, pepper, oil} on bread")).toEqual(["salt, pepper on bread", "oil on bread"]);
    expect(prompts("a \\{literal\\} brace")).toEqual(["a {literal} brace"]);
    expect(isBatchText("a \\{literal\\} brace")).toBe(false);
    expect(prompts("back\\\\slash")).toEqual(["back\\slash"]);
  });

  it("allows empty options and drops prompts that end up empty", () => {
    expect(prompts("cat{, s}")).toEqual(["cat", "cats"]);
    expect(prompts("{, big} dog")).toEqual(["dog", "big dog"]);
    expect(expandPromptText("{}")).toMatchObject({ ok: false, error: { kind: "empty" } });
  });

  it("trims options and collapses the spaces a group leaves", () => {
    expect(prompts("  a   {  b  ,c }   d ")).toEqual(["a b d", "a c d"]);
    expect(prompts("x {, y} z")).toEqual(["x z", "x y z"]);
  });

  it("reads a list, one prompt per non-blank line, each line may permute", () => {
    expect(prompts("first one\n\n  \r\nsecond {a, b}\nthird")).toEqual([
      "first one",
      "second a",
      "second b",
      "third",
    ]);
    expect(isBatchText("one\ntwo")).toBe(true);
    expect(isBatchText("one\n\n")).toBe(false);
  });

  it("refuses an unbalanced brace with its position", () => {
    const open = expandPromptText("ok\na {b, c");
    expect(open).toMatchObject({ ok: false, error: { kind: "unbalanced", char: "{", line: 2, column: 3 } });
    const close = expandPromptText("a b}");
    expect(close).toMatchObject({ ok: false, error: { kind: "unbalanced", char: "}", line: 1, column: 4 } });
    if (!close.ok) expect(close.error.message).toContain("line 1, column 4");
  });

  it(`refuses more than ${MAX_BATCH_JOBS} jobs and says how many`, () => {
    const exactly40 = expandPromptText("{1,2,3,4,5} {a,b,c,d,e,f,g,h}");
    expect(exactly40.ok && exactly40.prompts.length).toBe(40);
    const over = expandPromptText("{1,2,3,4,5,6,7} {a,b,c,d,e,f,g}");
    expect(over).toMatchObject({ ok: false, error: { kind: "too_many", count: 49, max: 40 } });
    if (!over.ok) expect(over.error.message).toContain("49 jobs");
    const list = Array.from({ length: 41 }, (_, i) => `prompt ${i}`).join("\n");
    expect(expandPromptText(list)).toMatchObject({ ok: false, error: { kind: "too_many", count: 41 } });
  });

  it("counts a huge product without building it", () => {
    const huge = Array.from({ length: 30 }, () => "{a,b,c,d}").join(" ");
    const result = expandPromptText(huge);
    expect(result).toMatchObject({ ok: false, error: { kind: "too_many" } });
  });

  it("calls an empty text empty", () => {
    expect(expandPromptText("  \n ")).toMatchObject({ ok: false, error: { kind: "empty" } });
  });
});
