import { describe, expect, it } from "vitest";

import { parseResultPrompts, taskResults } from "./result-prompts";

const DESCRIBE =
  "1️⃣ a fox sitting in snow, soft light --ar 3:2\n\n2️⃣ a red fox, watercolor --ar 3:2\n\n3️⃣ winter fox portrait\n\n4️⃣ fox in a snowy forest, 35mm";

describe("parseResultPrompts", () => {
  const SHORTEN =
    "## Important tokens\n1. greenhouse\n2. orchids\n## Shortened prompts\n1️⃣ victorian greenhouse orchids\n\n2️⃣ greenhouse orchids\n\n3️⃣ greenhouse\n\n4️⃣ orchids\n\n5️⃣ glass";

  it.each([
    [
      "reads keycap-numbered describe prompts",
      DESCRIBE,
      [
        "a fox sitting in snow, soft light --ar 3:2",
        "a red fox, watercolor --ar 3:2",
        "winter fox portrait",
        "fox in a snowy forest, 35mm",
      ],
    ],
    [
      "accepts keycaps without the variation selector, '1.', '1)' and bold numbers",
      "1\u20E3 one\n2. two\n3) three\n**4.** four",
      ["one", "two", "three", "four"],
    ],
    [
      "does not split on decimals and joins wrapped lines",
      "1. a cat with\n1.5 times the usual size\n\n2. a dog",
      ["a cat with 1.5 times the usual size", "a dog"],
    ],
    [
      "takes only the Shortened prompts section of a shorten reply",
      SHORTEN,
      ["victorian greenhouse orchids", "greenhouse orchids", "greenhouse", "orchids", "glass"],
    ],
  ])("%s", (_name, text, prompts) => {
    expect(parseResultPrompts(text)).toEqual(prompts);
  });

  it("stops at a following section and handles CRLF and empty text", () => {
    expect(parseResultPrompts("1️⃣ a\r\n\r\n2️⃣ b\r\n## 翻译\r\n1️⃣ 甲")).toEqual(["a", "b"]);
    expect(parseResultPrompts("")).toEqual([]);
    expect(parseResultPrompts("no numbers here")).toEqual([]);
  });
});

describe("taskResults", () => {
  const base = { action: "DESCRIBE", status: "succeeded", finalPrompt: DESCRIBE, promptEn: null };

  it("is the prompts of a finished describe or shorten", () => {
    expect(taskResults(base)?.prompts).toHaveLength(4);
    expect(taskResults({ ...base, action: "SHORTEN", finalPrompt: "## Shortened prompts\n1️⃣ x" })).toEqual({
      prompts: ["x"],
    });
  });

  it("falls back to promptEn when an aggregator dropped the properties", () => {
    expect(taskResults({ ...base, finalPrompt: null, promptEn: DESCRIBE })?.prompts).toHaveLength(4);
  });

  it("is null for other actions, unfinished tasks and unreadable text", () => {
    expect(taskResults({ ...base, action: "IMAGINE" })).toBeNull();
    expect(taskResults({ ...base, status: "running" })).toBeNull();
    expect(taskResults({ ...base, finalPrompt: "nothing numbered" })).toBeNull();
  });
});
