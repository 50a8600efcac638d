import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";

import { validatePrompt } from "@/lib/params";
import en from "@/messages/en.json";
import zh from "@/messages/zh-CN.json";

import { ISSUE_KEYS, V8_ISSUE_KEYS, issueWords } from "./issue-words";

const tEn = createTranslator({ locale: "en", messages: en });
const tZh = createTranslator({ locale: "zh-CN", messages: zh });

function sentences(text: string, t: typeof tEn = tEn): string[] {
  return validatePrompt(text).map((issue) => {
    const words = issueWords(issue);
    return t(`${words.namespace}.${words.key}` as Parameters<typeof tEn>[0], words.values);
  });
}

describe("issueWords", () => {
  it.each([
    ["a --s 5000", "--stylize must be between 0 and 1,000."],
    ["a --s", "--stylize needs a value."],
    ["a --c abc", "--chaos: “abc” is not a number."],
    ["a --c 2.5", "--chaos must be a whole number."],
    [
      "a --ar 16x9",
      "--ar: “16x9” is not a valid ratio; use W:H with whole numbers of at least 1, e.g. 16:9.",
    ],
    ["a --ar 3:1 --v 4", "--ar must be between 1:2 and 2:1 with --v 4."],
    ["a --ar 12:1", "--ar 12:1 is very elongated; beyond 1:10 or 10:1 results are rarely usable."],
    ["a --q 0.5 --v 7", "--quality must be one of 1, 2, 4 with --v 7."],
    ["https://x.test/a.png a --iw 5 --v 6", "--iw must be between 0 and 3 with --v 6."],
    ["a --iw 2", "--iw has no effect without an image URL at the start of the prompt or a reference image."],
    ["a --sw 100", "--sw has no effect without --sref."],
    ["a --cref https://x.test/a.png --v 7", "--cref does not work with --v 7."],
    ["a --cref abc --v 6", "--cref: “abc” is not an image URL."],
    ["a --raw --v 5", "--style raw does not work with --v 5."],
    ["a --tile pattern", "--tile takes no value; move “pattern” before the parameters."],
    ["a --niji 6 --v 6", "--niji and --v cannot be used together; keep one of them."],
    ["a --v 9", "--v 9 is not a version this studio knows; Midjourney may reject it."],
    ["a --v x", "--v: “x” is not a version number such as 6.1."],
    ["a --s 1 --s 2", "--stylize is given more than once; only the last one counts."],
    ["a --seed 4294967296", "--seed must be between 0 and 4,294,967,295."],
    ["a --s 100 --v 3", "--stylize must be between 625 and 60,000 with --v 3."],
    ["a --draft --v 8", "--draft is not documented for --v 8; Midjourney may ignore or reject it."],
    ["a --sref 1 --sv 5", "--sv 5 is not a version this studio knows; Midjourney may reject it."],
    ["a --exp 150", "--exp must be between 0 and 100."],
    ["a --exp 10 --v 6.1", "--exp does not work with --v 6.1."],
  ])("%s → %s", (text, expected) => {
    expect(sentences(text)).toEqual([expected]);
  });

  it("interpolates the same bounds in Chinese", () => {
    expect(sentences("a --s 5000", tZh)).toEqual(["--stylize 必须在 0 到 1,000 之间。"]);
    expect(sentences("a --q 0.5 --v 7", tZh)).toEqual(["使用 --v 7 时，--quality 只能是 1, 2, 4 之一。"]);
    expect(sentences("a --draft --niji 7", tZh)).toEqual([
      "--niji 7 的文档中没有 --draft；Midjourney 可能会忽略或拒绝它。",
    ]);
  });

  it("has a sentence for every key in both catalogs", () => {
    for (const key of ISSUE_KEYS) {
      expect(en.params.issues[key]).toBeTruthy();
      expect(zh.params.issues[key]).toBeTruthy();
    }
    expect(Object.keys(en.params.issues).sort()).toEqual([...ISSUE_KEYS].sort());
    for (const key of V8_ISSUE_KEYS) {
      expect(en.paramsV8.issues[key]).toBeTruthy();
      expect(zh.paramsV8.issues[key]).toBeTruthy();
    }
    expect(Object.keys(en.paramsV8.issues).sort()).toEqual([...V8_ISSUE_KEYS].sort());
  });
});
