import { describe, expect, it } from "vitest";
import { z } from "zod";

import { text, textProblem } from "./text";

function messageOf(schema: z.ZodType, value: unknown): string | null {
  const parsed = schema.safeParse(value);
  return parsed.success ? null : (parsed.error.issues[0]?.message ?? "");
}

describe("text(field)", () => {
  const prompt = text("prompt", { multiline: true }).trim().min(1, "prompt must not be empty");
  const label = text("name").trim().max(10, "name must be at most 10 characters");

  it("calls a number, an object or null what it is: not text", () => {
    expect(messageOf(prompt, 12345)).toBe("prompt must be text");
    expect(messageOf(prompt, { a: 1 })).toBe("prompt must be text");
    expect(messageOf(prompt, null)).toBe("prompt must be text");
  });

  it("says required only when the field is absent", () => {
    expect(messageOf(z.object({ prompt }), {})).toBe("prompt is required");
  });

  it("accepts ordinary prompts, line breaks and tabs included", () => {
    expect(prompt.parse("  a red fox\n--ar 3:2\t ")).toBe("a red fox\n--ar 3:2");
    expect(prompt.parse("一只在雪地里的红狐狸 🦊")).toBe("一只在雪地里的红狐狸 🦊");
    // Right-to-left prompts may carry direction marks; only labels refuse them.
    expect(prompt.parse("\u202Eשלום")).toBe("\u202Eשלום");
  });

  it.each([
    ["NUL", "cat\u0000dog"],
    ["BEL", "cat\u0007"],
    ["ESC", "\u001b[31mred"],
    ["DEL", "cat\u007f"],
    ["C1 NEL", "cat\u0085"],
  ])("refuses %s in a prompt", (_name, value) => {
    expect(messageOf(prompt, value)).toMatch(/prompt must not contain control characters such as NUL/);
  });

  it("refuses a lone surrogate, high or low, in words", () => {
    expect(messageOf(prompt, "\ud800 cat")).toMatch(/prompt contains a broken character/);
    expect(messageOf(prompt, "cat \udc00")).toMatch(/unpaired UTF-16 surrogate/);
    expect(prompt.parse("cat \ud83e\udd8a")).toBe("cat 🦊");
  });

  it("keeps single-line labels on one line and free of bidi controls", () => {
    expect(messageOf(label, "a\nb")).toMatch(/name must not contain control characters/);
    expect(messageOf(label, "a\tb")).toMatch(/control characters/);
    for (const bidi of [
      "\u202A",
      "\u202B",
      "\u202C",
      "\u202D",
      "\u202E",
      "\u2066",
      "\u2067",
      "\u2068",
      "\u2069",
    ]) {
      expect(messageOf(label, `evil${bidi}gpj.exe`)).toMatch(/bidirectional override or isolate/);
    }
    expect(messageOf(label, "x".repeat(11))).toBe("name must be at most 10 characters");
  });

  it("textProblem names the first problem", () => {
    expect(textProblem("fine")).toBeNull();
    expect(textProblem("\ud800\u0000")).toBe("surrogate");
    expect(textProblem("a\u0000")).toBe("control");
    expect(textProblem("a\n", { multiline: true })).toBeNull();
    expect(textProblem("\u2067x")).toBe("bidi");
  });
});
