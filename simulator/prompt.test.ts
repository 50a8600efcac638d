import "server-only";

import { describe, expect, it } from "vitest";

import {
  FORCED_FAILURE_REASON,
  echoPrompt,
  findBannedWord,
  isValidCustomZoom,
  parseAspect,
  parsePrompt,
} from "./prompt";

describe("parsePrompt", () => {
  it("defaults to 1:1 and the newest models: v8.1 (niji 7 on the Niji bot)", () => {
    const parsed = parsePrompt("a red fox in snow");
    expect(parsed).toMatchObject({
      text: "a red fox in snow",
      aspect: { w: 1, h: 1 },
      version: "v8.1",
      plan: { outcome: "success" },
    });
    expect(parsePrompt("a fox", "NIJI_JOURNEY").version).toBe("niji7");
  });

  it.each([
    ["cat --v 5.2", "v5"],
    ["cat --v 6", "v6"],
    ["cat --version 6.0", "v6"],
    ["cat --v 6.1", "v6.1"],
    ["cat --v 7", "v7"],
    ["cat --v 8", "v8"],
    ["cat --v 8.0", "v8"],
    ["cat --version 8.1", "v8.1"],
    ["cat --niji 7", "niji7"],
    ["cat --niji 6", "niji6"],
    ["cat --niji", "niji7"],
    ["cat --niji 5 --v 6.1", "niji5"],
  ])("reads the version of %s", (prompt, version) => {
    expect(parsePrompt(prompt).version).toBe(version);
  });

  it("reads --ar and --aspect", () => {
    expect(parsePrompt("x --ar 16:9").aspect).toEqual({ w: 16, h: 9 });
    expect(parsePrompt("x --aspect 2:3 --v 6.1").aspect).toEqual({ w: 2, h: 3 });
    expect(parsePrompt("x --ar 16:9").aspectGiven).toBe(true);
  });

  it.each([
    ["x --ar 0:1", "[Invalid parameter] Invalid aspect ratio: 0:1"],
    ["x --ar abc", "[Invalid parameter] Invalid aspect ratio: abc"],
    ["x --ar 1:20", "[Invalid parameter] Invalid aspect ratio: 1:20"],
    ["x --v 99", "[Invalid parameter] Invalid version: 99"],
    ["x --v 8.2", "[Invalid parameter] Invalid version: 8.2"],
    ["x --niji 9", "[Invalid parameter] Invalid niji version: 9"],
    ["x --foo 1 --bar", "[Invalid parameter] Unrecognized parameter(s): `--foo` `--bar`"],
  ])("plans a failure for %s", (prompt, reason) => {
    const { plan } = parsePrompt(prompt);
    expect(plan).toMatchObject({ outcome: "failure", reason });
  });

  it("fails on the hidden trigger word after some progress", () => {
    const { plan } = parsePrompt("a cat sim:fail --ar 3:2");
    expect(plan).toEqual({ outcome: "failure", reason: FORCED_FAILURE_REASON, atFraction: 0.5 });
    expect(parsePrompt("simple:failure").plan.outcome).toBe("success");
  });

  it("keeps multi-word parameter values out of the text", () => {
    const parsed = parsePrompt("forest --no red trees --stylize 250 --zoom 1.5");
    expect(parsed.text).toBe("forest");
    expect(parsed.zoom).toBe(1.5);
    expect(parsed.plan.outcome).toBe("success");
  });
});

describe("V8-era parameters", () => {
  it.each([
    "a fox --v 8.1 --exp 25 --sref 123456 --sv 6",
    "a fox --v 8 --draft --profile abc123",
    "a fox --niji 7 --exp 5 --oref https://x.test/o.png --ow 200",
    "a fox --personalize --sv 4 --sref random",
  ])("accepts %s", (prompt) => {
    expect(parsePrompt(prompt).plan).toEqual({ outcome: "success" });
  });
});

describe("echoPrompt: the finalPrompt Midjourney writes back", () => {
  it.each([
    ["dog --v 7 --p 77724z8", "dog --v 7.0 --p 77724z8"],
    ["dog --version 8 --exp 10", "dog --v 8.0 --exp 10"],
    ["dog --v 8.1 --sv 6", "dog --v 8.1 --sv 6"],
    ["dog --v 6.1 --ar 3:2", "dog --v 6.1 --ar 3:2"],
    ["dog --v 5.2", "dog --v 5.2"],
    ["dog --niji 7 --s 50", "dog --niji 7 --s 50"],
    ["dog --niji --s 50", "dog --niji 7 --s 50"],
    ["dog --ar 16:9", "dog --ar 16:9 --v 8.1"],
    ["dog --video 1 --v 7", "dog --video 1 --v 7.0"],
    ["dog --v 99", "dog --v 99"],
  ])("%s → %s", (prompt, echoed) => {
    expect(echoPrompt(prompt)).toBe(echoed);
    expect(echoPrompt(echoed)).toBe(echoed);
  });

  it("appends the Niji bot's default model", () => {
    expect(echoPrompt("a fox", "NIJI_JOURNEY")).toBe("a fox --niji 7");
  });
});

describe("parseAspect / isValidCustomZoom", () => {
  it("accepts positive integer ratios only", () => {
    expect(parseAspect("3:2")).toEqual({ w: 3, h: 2 });
    expect(parseAspect("3.5:2")).toBeNull();
    expect(parseAspect("-1:2")).toBeNull();
  });

  it("requires a zoom between 1 and 2", () => {
    expect(isValidCustomZoom(1)).toBe(true);
    expect(isValidCustomZoom(2)).toBe(true);
    expect(isValidCustomZoom(2.5)).toBe(false);
    expect(isValidCustomZoom(0.5)).toBe(false);
    expect(isValidCustomZoom(null)).toBe(false);
  });
});

describe("findBannedWord", () => {
  it("matches whole words case-insensitively and returns them as written", () => {
    expect(findBannedWord("a NSFW picture")).toBe("NSFW");
    expect(findBannedWord("lots of Gore, please")).toBe("Gore");
    expect(findBannedWord("nude")).toBe("nude");
  });

  it("ignores words that merely contain a banned word", () => {
    expect(findBannedWord("Al Gores garden")).toBeNull();
    expect(findBannedWord("denuded hills")).toBeNull();
    expect(findBannedWord("a calm lake")).toBeNull();
  });
});
