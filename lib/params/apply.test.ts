import { describe, expect, it } from "vitest";

import { applyControls, controlsFromPrompt, emptyControls, parsePrompt, setControl } from "./index";
import type { ControlKey, ParamControls } from "./index";

/** Moves controls the way a form does (setControl per change) and returns the rewritten prompt. */
function edit(text: string, changes: Partial<ParamControls>): string {
  let controls = controlsFromPrompt(parsePrompt(text));
  for (const [key, value] of Object.entries(changes)) {
    controls = setControl(controls, key as ControlKey, value as never);
  }
  return applyControls(text, controls);
}

describe("applyControls: changing a value in place", () => {
  it.each([
    ["cat --stylize 100 --ar 1:1", { stylize: 250 }, "cat --stylize 250 --ar 1:1"],
    ["cat --s 100 --ar 1:1", { stylize: 250 }, "cat --s 250 --ar 1:1"],
    ["cat —ar 1:1", { aspectRatio: "16:9" }, "cat —ar 16:9"],
    ["cat --AR 1:1", { aspectRatio: "2:3" }, "cat --AR 2:3"],
    ["cat --ar 16:9 --foo bar --s 50", { stylize: 75 }, "cat --ar 16:9 --foo bar --s 75"],
    ["cat --ar 16:9  --s 50\n--c 5", { chaos: 9 }, "cat --ar 16:9  --s 50\n--c 9"],
    ["cat --s 100 --s 250", { stylize: 300 }, "cat --s 100 --s 300"],
    ["cat --version 6 --q .5", { version: "6.1" }, "cat --version 6.1 --q .5"],
    [
      "product shot --no text, watermark, logo --s 250",
      { no: ["text", "logo"] },
      "product shot --no text, logo --s 250",
    ],
    ["cat --fast", { speed: "relax" }, "cat --relax"],
    ["cat --raw", { style: "cute" }, "cat --style cute"],
    ["cat --style cute --v 6", { style: "raw" }, "cat --style raw --v 6"],
    ["cat --niji", { niji: "6" }, "cat --niji 6"],
    ["cat --p", { personalize: ["abc123"] }, "cat --p abc123"],
    ["cat --personalize abc123", { personalize: [] }, "cat --personalize"],
    ["cat --sref https://a/1.png", { sref: ["https://a/1.png", "42"] }, "cat --sref https://a/1.png 42"],
    ["猫猫在雪地里 --ar 16:9 --niji 6", { aspectRatio: "3:4" }, "猫猫在雪地里 --ar 3:4 --niji 6"],
  ] as const)("%s with %o → %s", (text, changes, expected) => {
    expect(edit(text, changes as Partial<ParamControls>)).toBe(expected);
  });
});

describe("applyControls: adding params", () => {
  it.each([
    ["a red fox in snow --ar 3:2", { chaos: 20 }, "a red fox in snow --ar 3:2 --c 20"],
    ["", { aspectRatio: "16:9" }, "--ar 16:9"],
    ["cat", { aspectRatio: "16:9", stylize: 250 }, "cat --ar 16:9 --s 250"],
    ["cat ", { stylize: 100 }, "cat --s 100 "],
    ["cat --foo bar", { tile: true }, "cat --foo bar --tile"],
    ["一只猫", { no: ["红色", "蓝色"] }, "一只猫 --no 红色, 蓝色"],
    ["cat", { style: "raw" }, "cat --style raw"],
    ["cat", { speed: "turbo", draft: true }, "cat --turbo --draft"],
    ["cat", { niji: "" }, "cat --niji"],
    ["cat", { personalize: [] }, "cat --p"],
    ["https://s.mj.run/abc", { iw: 0.5 }, "https://s.mj.run/abc --iw 0.5"],
    ["cat", { seed: 4294967295 }, "cat --seed 4294967295"],
    ["cat", { oref: "https://cdn.x/o.png", ow: 100 }, "cat --oref https://cdn.x/o.png --ow 100"],
  ] as const)("%j with %o → %j", (text, changes, expected) => {
    expect(edit(text, changes as Partial<ParamControls>)).toBe(expected);
  });
});

describe("applyControls: removing params", () => {
  it.each([
    ["a cat --ar 16:9 --s 50", { aspectRatio: null }, "a cat --s 50"],
    ["a cat --ar 16:9 --s 50", { stylize: null }, "a cat --ar 16:9"],
    ["a cat --ar 16:9 --c 3 --s 50", { chaos: null }, "a cat --ar 16:9 --s 50"],
    ["--ar 2:3 --s 100", { aspectRatio: null }, "--s 100"],
    ["--ar 2:3", { aspectRatio: null }, ""],
    ["cat --s 100 --s 250", { stylize: null }, "cat"],
    ["cat --ar 1:1 --foo --s 1", { aspectRatio: null, stylize: null }, "cat --foo"],
    ["--ar 1:1 --s 1 --foo", { aspectRatio: null, stylize: null }, "--foo"],
    ["product shot --no text, logo --s 250", { no: [] }, "product shot --s 250"],
    ["cat --tile --v 6", { tile: false }, "cat --v 6"],
    ["cat --raw", { style: null }, "cat"],
    ["cat --relax --ar 1:1", { speed: null }, "cat --ar 1:1"],
    ["a lighthouse --ar 9:16   ", { aspectRatio: null }, "a lighthouse   "],
    ["space ship::2 nebula::-.5 --ar 16:9", { aspectRatio: null }, "space ship::2 nebula::-.5"],
  ] as const)("%j with %o → %j", (text, changes, expected) => {
    expect(edit(text, changes as Partial<ParamControls>)).toBe(expected);
  });

  it("clears every known param and keeps unknown ones", () => {
    expect(applyControls("cat --ar 16:9 --hd --s 5 --video 1", emptyControls())).toBe("cat --hd --video 1");
  });
});

describe("applyControls: values that could not be read", () => {
  it("keeps an unreadable value while its control is untouched", () => {
    expect(edit("cat --s abc --ar 1:1", { aspectRatio: "16:9" })).toBe("cat --s abc --ar 16:9");
  });

  it("replaces it once the control is moved", () => {
    expect(edit("cat --s abc --ar 1:1", { stylize: 250 })).toBe("cat --s 250 --ar 1:1");
    expect(edit("cat --ar 16-9", { aspectRatio: "16:9" })).toBe("cat --ar 16:9");
  });

  it("removes it when the control is cleared", () => {
    expect(edit("cat --s abc --ar 1:1", { stylize: null })).toBe("cat --ar 1:1");
    expect(edit("bare --no --s 1", { no: [] })).toBe("bare --s 1");
  });

  it("drops stray words after a flag when the flag is re-set, or the flag and words when unset", () => {
    expect(edit("cat --tile pattern", { tile: true })).toBe("cat --tile");
    expect(edit("cat --tile pattern", { tile: false })).toBe("cat");
    expect(edit("cat --raw please --v 7", { style: "raw" })).toBe("cat --raw --v 7");
  });

  it("without setControl, a value set directly still replaces the unreadable one", () => {
    const controls = controlsFromPrompt(parsePrompt("cat --s abc"));
    expect(applyControls("cat --s abc", { ...controls, stylize: 10 })).toBe("cat --s 10");
  });
});

describe("setControl", () => {
  it("returns a new object with the value set and the invalid entry gone", () => {
    const before = controlsFromPrompt(parsePrompt("cat --s abc --c x"));
    const after = setControl(before, "stylize", 5);
    expect(after.stylize).toBe(5);
    expect(after.invalid).toEqual({ chaos: "x" });
    expect(before.invalid).toEqual({ stylize: "abc", chaos: "x" });
  });
});

describe("parsePrompt details", () => {
  it("keeps each param's raw text, offsets, prefix and typed name", () => {
    const text = "cat —stylize  250 --foo  bar baz";
    const [s, foo] = parsePrompt(text).params;
    expect(s).toMatchObject({
      raw: "—stylize  250",
      prefix: "—",
      name: "stylize",
      key: "stylize",
      value: "250",
    });
    expect(foo).toMatchObject({
      raw: "--foo  bar baz",
      prefix: "--",
      name: "foo",
      key: null,
      value: "bar baz",
    });
    expect(text.slice(s?.start, s?.end)).toBe(s?.raw);
    expect(text.slice(foo?.start, foo?.end)).toBe(foo?.raw);
  });

  it("reads everything after the first param as params, as Midjourney does", () => {
    const parsed = parsePrompt("--ar 16:9 a cat in snow");
    expect(parsed.body).toBe("");
    expect(parsed.params).toHaveLength(1);
    expect(controlsFromPrompt(parsed).invalid).toEqual({ aspectRatio: "16:9 a cat in snow" });
  });

  it("does not take dashes inside words, weights or URLs for params", () => {
    const parsed = parsePrompt("https://x/a--b.png well-known cat--dog ::-.5 — ——猫 --ar 1:1");
    expect(parsed.urls).toEqual(["https://x/a--b.png"]);
    expect(parsed.body).toBe("well-known cat--dog ::-.5 — ——猫");
    expect(parsed.params.map((p) => p.name)).toEqual(["ar"]);
  });

  it("treats URLs after the text as text", () => {
    const parsed = parsePrompt("a cat like https://x/y.png --v 7");
    expect(parsed.urls).toEqual([]);
    expect(parsed.body).toBe("a cat like https://x/y.png");
  });
});

describe("applyControls: V8-era params", () => {
  it("appends --exp and --sv with their short names, in catalog order", () => {
    expect(edit("a fox --v 8.1", { exp: 25 })).toBe("a fox --v 8.1 --exp 25");
    expect(edit("a fox --sref 123", { sv: 6 })).toBe("a fox --sref 123 --sv 6");
    expect(edit("a fox", { sv: 4, exp: 10, version: "8" })).toBe("a fox --v 8 --exp 10 --sv 4");
  });

  it("rewrites them in place and removes them when cleared", () => {
    expect(edit("a fox --exp 25 --s 100", { exp: 50 })).toBe("a fox --exp 50 --s 100");
    expect(edit("a fox --sv 4 --s 100", { sv: null })).toBe("a fox --s 100");
  });

  it("keeps --profile (or --personalize) as the member wrote it", () => {
    expect(edit("a fox --profile abc --s 100", { personalize: ["abc", "def"] })).toBe(
      "a fox --profile abc def --s 100",
    );
    expect(edit("a fox --personalize abc", { personalize: [] })).toBe("a fox --personalize");
    expect(edit("a fox", { personalize: ["abc"] })).toBe("a fox --p abc");
  });

  it("leaves an old prompt untouched when only a new control moves", () => {
    const old = "portrait —stylize 250 --ar 2:3 --cref https://x/c.png --cw 50 --v 6.1";
    expect(edit(old, { exp: 10 })).toBe(`${old} --exp 10`);
    expect(edit(`${old} --exp 10`, { exp: null })).toBe(old);
  });
});
