import { describe, expect, it } from "vitest";

import { promptWithSeed } from "./seed-prompt";

describe("promptWithSeed", () => {
  it("replaces an old seed and keeps the other parameters", () => {
    expect(promptWithSeed("a fox --seed 12 --ar 3:2", "99")).toBe("a fox --ar 3:2 --seed 99");
    expect(promptWithSeed("a fox --ar 3:2 --seed 12", "99")).toBe("a fox --ar 3:2 --seed 99");
    expect(promptWithSeed("a fox", "7")).toBe("a fox --seed 7");
    expect(promptWithSeed("", "7")).toBe("--seed 7");
  });

  it("does not touch words that merely start like the flag", () => {
    expect(promptWithSeed("a --seedling --v 7", "5")).toBe("a --seedling --v 7 --seed 5");
  });
});
