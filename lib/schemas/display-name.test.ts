import { describe, expect, it } from "vitest";

import { SetupInput, UpdateMemberInput } from "./account";
import { clipDisplayName, DisplayName, displayNameProblem, MAX_DISPLAY_NAME_LENGTH } from "./display-name";

function messageOf(value: unknown): string | null {
  const parsed = DisplayName.safeParse(value);
  return parsed.success ? null : (parsed.error.issues[0]?.message ?? "");
}

describe("DisplayName", () => {
  it("trims and accepts ordinary names in any script", () => {
    expect(DisplayName.parse("  Ada Lovelace ")).toBe("Ada Lovelace");
    expect(DisplayName.parse("李小龙")).toBe("李小龙");
    // Zero-width joiners stay: emoji sequences and several scripts need them.
    expect(DisplayName.parse("Ada 👩\u200d💻")).toBe("Ada 👩\u200d💻");
    expect(DisplayName.parse("x".repeat(MAX_DISPLAY_NAME_LENGTH))).toHaveLength(MAX_DISPLAY_NAME_LENGTH);
  });

  it.each([
    ["empty", "", /name must not be empty/],
    ["blank", "   ", /name must not be empty/],
    ["too long", "x".repeat(MAX_DISPLAY_NAME_LENGTH + 1), /at most 60 characters/],
    ["20 MB", "x".repeat(20 * 1024 * 1024), /at most 60 characters/],
    ["NUL", "Ada\u0000", /control characters/],
    ["ESC", "\u001b[2JAda", /control characters/],
    ["line break", "Ada\nAdmin", /control characters/],
    ["RLO override", "Ada\u202Enimda", /bidirectional/],
    ["isolate", "Ada\u2066x\u2069", /bidirectional/],
    ["lone surrogate", "Ada \ud800", /broken character/],
    ["a number", 42, /name must be text/],
    ["a zero-width space", "\u200b", /invisible/],
    ["direction marks", "Mem\u200f\u061c", /invisible/],
    ["a line separator", "Ada\u2028Admin", /control characters/],
    ["only combining marks", "\u0301".repeat(10), /visible character/],
  ])("refuses %s", (_label, value, message) => {
    expect(messageOf(value)).toMatch(message);
  });

  it("is the rule of every account schema that takes a name", () => {
    expect(
      SetupInput.safeParse({ name: "a\u202Eb", email: "a@b.co", password: "x".repeat(12) }).success,
    ).toBe(false);
    expect(UpdateMemberInput.safeParse({ name: "\u0007" }).success).toBe(false);
    expect(UpdateMemberInput.safeParse({ name: "Bo" }).success).toBe(true);
  });

  it("displayNameProblem agrees with the schema, for the forms", () => {
    expect(displayNameProblem(" ")).toBe("empty");
    expect(displayNameProblem("x".repeat(61))).toBe("too_long");
    expect(displayNameProblem("a\u0000")).toBe("control");
    expect(displayNameProblem("a\u202D")).toBe("bidi");
    expect(displayNameProblem("\udfff")).toBe("surrogate");
    expect(displayNameProblem(" Ada ")).toBeNull();
  });
});

describe("clipDisplayName", () => {
  it("leaves ordinary names alone", () => {
    expect(clipDisplayName("Ada Lovelace")).toBe("Ada Lovelace");
  });

  it("clips a stored oversized name to the limit with an ellipsis", () => {
    const clipped = clipDisplayName("y".repeat(20 * 1024 * 1024));
    expect(Array.from(clipped)).toHaveLength(MAX_DISPLAY_NAME_LENGTH);
    expect(clipped.endsWith("…")).toBe(true);
  });

  it("never cuts an emoji in half and repairs lone surrogates", () => {
    const clipped = clipDisplayName("🦊".repeat(200));
    expect(clipped.isWellFormed()).toBe(true);
    expect(Array.from(clipped)).toHaveLength(MAX_DISPLAY_NAME_LENGTH);
    expect(clipDisplayName("a\ud800").isWellFormed()).toBe(true);
  });

  it("drops controls and bidi overrides that older rows may hold", () => {
    expect(clipDisplayName("Ada\u202E\u0000\u001b")).toBe("Ada");
  });
});
