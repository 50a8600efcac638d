import { describe, expect, it } from "vitest";

import { CreatePresetInput, CreateProfileCodeInput, UpdatePresetInput } from "./team-memory";

const base = { name: "Poster", prompt: "a cat --ar 16:9 --stylize 250" };

describe("CreatePresetInput", () => {
  it("fills the defaults", () => {
    expect(CreatePresetInput.parse(base)).toEqual({
      ...base,
      kind: "preset",
      botType: "MID_JOURNEY",
      speed: "default",
      createMode: "imagine",
      references: [],
      shared: false,
    });
  });

  it("keeps references with their roles and weights", () => {
    const parsed = CreatePresetInput.parse({
      ...base,
      references: [{ referenceId: "r1", role: "style", weight: 250 }],
    });
    expect(parsed.references).toEqual([{ referenceId: "r1", role: "style", weight: 250 }]);
  });

  it.each([
    ["an empty name", { ...base, name: "  " }, "name must not be empty"],
    ["a name over 80", { ...base, name: "x".repeat(81) }, "at most 80"],
    ["a control character in the name", { ...base, name: "a\u0007b" }, "control characters"],
    ["a prompt over the prompt limit", { ...base, prompt: "x".repeat(4001) }, "at most 4000"],
    ["an unknown speed", { ...base, speed: "warp" }, "speed must be"],
    [
      "a weight out of range",
      { ...base, references: [{ referenceId: "r1", role: "character", weight: 500 }] },
      "--cw",
    ],
    [
      "more than 10 references",
      {
        ...base,
        references: Array.from({ length: 11 }, (_, i) => ({ referenceId: `r${i}`, role: "image" })),
      },
      "at most 10",
    ],
    [
      "a bad reference id",
      { ...base, references: [{ referenceId: "../x", role: "image" }] },
      "not a reference id",
    ],
    [
      "references on a saved prompt",
      { ...base, kind: "prompt", references: [{ referenceId: "r1", role: "image" }] },
      "saved prompt",
    ],
    ["an unknown field", { ...base, owner: "someone" }, ""],
  ])("refuses %s", (_label, input, message) => {
    const result = CreatePresetInput.safeParse(input);
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toContain(message);
  });
});

describe("UpdatePresetInput", () => {
  it("needs a change and refuses content edits", () => {
    expect(UpdatePresetInput.safeParse({}).success).toBe(false);
    expect(UpdatePresetInput.safeParse({ prompt: "x" }).success).toBe(false);
    expect(UpdatePresetInput.parse({ shared: true })).toEqual({ shared: true });
  });
});

describe("CreateProfileCodeInput", () => {
  it("accepts letters, digits, - and _ up to 40", () => {
    expect(
      CreateProfileCodeInput.parse({ name: "House style", code: " 77724z8 ", kind: "personalization" }),
    ).toEqual({
      name: "House style",
      code: "77724z8",
      kind: "personalization",
    });
  });

  it.each([
    ["a space inside", "abc def"],
    ["a parameter", "--p x"],
    ["over 40", "a".repeat(41)],
    ["empty", ""],
  ])("refuses a code with %s", (_label, code) => {
    expect(CreateProfileCodeInput.safeParse({ name: "n", code, kind: "moodboard" }).success).toBe(false);
  });

  it("refuses an unknown kind", () => {
    expect(CreateProfileCodeInput.safeParse({ name: "n", code: "abc", kind: "style" }).success).toBe(false);
  });
});
