import { describe, expect, it } from "vitest";

import {
  randomSeed,
  readListDraft,
  readNumberDraft,
  readRatioDraft,
  readWordsDraft,
  resetParams,
  textForBot,
  textForVersion,
} from "./edits";

describe("textForBot: the switch removes the model param that contradicts it", () => {
  it.each([
    ["a fox --v 6.1 --s 250", "NIJI_JOURNEY", "a fox --s 250"],
    ["a fox --niji 6 --s 250", "MID_JOURNEY", "a fox --s 250"],
    ["a fox --niji 6 --s 250", "NIJI_JOURNEY", "a fox --niji 6 --s 250"],
    ["a fox --v 7", "MID_JOURNEY", "a fox --v 7"],
    ["a fox --foo bar", "NIJI_JOURNEY", "a fox --foo bar"],
  ] as const)("%s on %s → %s", (text, bot, expected) => {
    expect(textForBot(text, bot)).toBe(expected);
  });
});

describe("textForVersion: one model param at a time", () => {
  it.each([
    ["a fox --ar 16:9 --s 250", "niji:6", "a fox --ar 16:9 --s 250 --niji 6"],
    ["a fox --v 7 --s 250", "niji:6", "a fox --s 250 --niji 6"],
    ["a fox --niji 6 --foo bar", "v:6.1", "a fox --foo bar --v 6.1"],
    ["a fox --version 6 --s 1", "v:7", "a fox --version 7 --s 1"],
    ["a fox --v 7 --niji 6", "", "a fox"],
    ["a fox --niji 6", "niji:", "a fox --niji"],
    ["a fox --v 6.0", "v:6", "a fox --v 6.0"],
  ])("%s + %s → %s", (text, choice, expected) => {
    expect(textForVersion(text, choice)).toBe(expected);
  });
});

describe("resetParams", () => {
  it.each([
    ["a fox --foo bar --ar 16:9 --s 250 --tile", "a fox --foo bar"],
    ["a fox --s abc --raw --x 1", "a fox --x 1"],
    ["https://x.test/a.png a fox --iw 2 ", "https://x.test/a.png a fox "],
    ["a fox, no params", "a fox, no params"],
  ])("%s → %s", (text, expected) => {
    expect(resetParams(text)).toBe(expected);
  });
});

describe("readers of the text inputs", () => {
  it("writes numbers, removes on empty, waits on half-typed input", () => {
    expect(readNumberDraft("400")).toBe(400);
    expect(readNumberDraft(" .5 ")).toBe(0.5);
    expect(readNumberDraft("1.")).toBe(1);
    expect(readNumberDraft("")).toBeNull();
    expect(readNumberDraft("-")).toBeUndefined();
    expect(readNumberDraft("1e3")).toBeUndefined();
    expect(readNumberDraft("abc")).toBeUndefined();
  });

  it("splits --no items on ASCII and full-width commas and drops param dashes", () => {
    expect(readListDraft("text, watermark,")).toEqual(["text", "watermark"]);
    expect(readListDraft("文字，水印")).toEqual(["文字", "水印"]);
    expect(readListDraft("a --b, c")).toEqual(["a b", "c"]);
  });

  it("splits references on spaces", () => {
    expect(readWordsDraft(" https://a.test/1.png  42 --x")).toEqual(["https://a.test/1.png", "42", "x"]);
  });

  it("reads W:H, full-width colons included", () => {
    expect(readRatioDraft("5:4")).toBe("5:4");
    expect(readRatioDraft("5 ： 4")).toBe("5:4");
    expect(readRatioDraft("5:")).toBeUndefined();
    expect(readRatioDraft("")).toBeNull();
  });

  it("draws seeds over the 32-bit range", () => {
    expect(randomSeed(() => 0)).toBe(0);
    expect(randomSeed(() => 0.9999999999)).toBe(4294967295);
    const seed = randomSeed();
    expect(Number.isInteger(seed) && seed >= 0 && seed <= 4294967295).toBe(true);
  });
});
