import { describe, expect, it } from "vitest";

import { importantTokens } from "./analysis";

describe("importantTokens", () => {
  it("reads the section under its heading", () => {
    const text = "## Important tokens\nornate, **victorian** greenhouse\n## Shortened prompts\n1️⃣ a\n\n2️⃣ b";
    expect(importantTokens(text)).toBe("ornate, **victorian** greenhouse");
  });

  it("is null without the section", () => {
    expect(importantTokens("1️⃣ a\n\n2️⃣ b")).toBeNull();
    expect(importantTokens(null)).toBeNull();
    expect(importantTokens("## Important tokens\n\n## Shortened prompts")).toBeNull();
  });
});
