import { describe, expect, it } from "vitest";

import { controlsFromPrompt, emptyControls, parsePrompt, validateControls } from "./index";
import type { ParamIssue, ValidationContext } from "./index";

const issuesOf = (prompt: string, context?: ValidationContext) =>
  validateControls(controlsFromPrompt(parsePrompt(prompt)), context);
const codes = (issues: ParamIssue[]) => issues.map((i) => `${i.param}:${i.code}:${i.severity}`);

describe("validateControls: clean prompts", () => {
  it.each([
    "",
    "a red fox in snow --ar 3:2 --v 6.1",
    "cyberpunk street --style raw --v 7 --q 4 --s 1000 --c 100 --w 3000",
    "portrait --sref https://a/1.png 123 --sw 0 --v 6.1 --q 2",
    "portrait --cref https://cdn.x/c.png --cw 0 --v 6",
    "portrait --cref https://cdn.x/c.png --cw 100 --niji 6 --style raw",
    "robot --oref https://cdn.x/o.png --ow 1000",
    "cat --seed 0 --stop 10 --r 40 --tile --p --relax",
    "cat --seed 4294967295 --draft --v 7 --iw 3",
    "cat --v 5.2 --iw 0.5 --q .25 --ar 7:4",
    "cat --niji --s 0",
    "old style --v 3 --s 60000 --q 5",
  ])("%j has no issues", (prompt) => {
    expect(issuesOf(prompt)).toEqual([]);
  });

  it("accepts empty controls", () => {
    expect(validateControls(emptyControls())).toEqual([]);
  });
});

describe("validateControls: ranges", () => {
  it("reports an out-of-range stylize with a code and bounds for translation", () => {
    expect(issuesOf("cat --s 2000")).toEqual([
      {
        param: "stylize",
        code: "out_of_range",
        severity: "error",
        min: 0,
        max: 1000,
        value: "2000",
        message: "--stylize must be between 0 and 1000",
      },
    ]);
  });

  it.each([
    ["cat --c 101", "chaos", 0, 100],
    ["cat --w -1", "weird", 0, 3000],
    ["cat --seed 4294967296", "seed", 0, 4294967295],
    ["cat --stop 5", "stop", 10, 100],
    ["cat --r 41", "repeat", 1, 40],
    ["cat --sref 1 --sw 1001", "sw", 0, 1000],
    ["cat --cref https://x/c.png --cw 101 --v 6", "cw", 0, 100],
    ["cat --oref https://x/o.png --ow 0", "ow", 1, 1000],
    ["cat --v 2 --s 100", "stylize", 625, 60000],
  ] as const)("%j: %s must be within %d–%d", (prompt, param, min, max) => {
    expect(issuesOf(prompt)).toMatchObject([{ param, code: "out_of_range", severity: "error", min, max }]);
  });

  it("checks --iw against the model's range", () => {
    expect(issuesOf("cat --iw 2.5 --v 5.2")).toMatchObject([
      {
        param: "iw",
        code: "out_of_range",
        min: 0.5,
        max: 2,
        model: "--v 5.2",
        message: "--iw must be between 0.5 and 2 with --v 5.2",
      },
    ]);
    expect(issuesOf("cat --iw 0.2 --niji 5")).toMatchObject([
      { param: "iw", code: "out_of_range", min: 0.5 },
    ]);
    expect(issuesOf("cat --iw 2.5 --v 6")).toEqual([]);
    expect(issuesOf("cat --iw 3.5 --v 7")).toMatchObject([
      { param: "iw", code: "out_of_range", severity: "error", max: 3, model: "--v 7" },
    ]);
  });

  it("requires whole numbers where Midjourney does", () => {
    expect(issuesOf("cat --seed 1.5 --s 10.5 --iw 1.25")).toMatchObject([
      { param: "stylize", code: "not_integer", message: "--stylize must be a whole number" },
      { param: "seed", code: "not_integer", value: "1.5" },
    ]);
  });

  it("allows only the model's --quality values", () => {
    expect(issuesOf("cat --q .5 --v 7")).toMatchObject([
      {
        param: "quality",
        code: "not_allowed",
        allowed: ["1", "2", "4"],
        message: "--quality must be one of 1, 2, 4 with --v 7",
      },
    ]);
    expect(issuesOf("cat --v 6 --q 2")).toMatchObject([
      { param: "quality", code: "not_allowed", allowed: ["0.25", "0.5", "1"], model: "--v 6" },
    ]);
    expect(issuesOf("cat --v 6.1 --q 2")).toEqual([]);
    expect(issuesOf("cat --niji 6 --q 4")).toMatchObject([{ code: "not_allowed", model: "--niji 6" }]);
  });

  it("uses the account default version when the prompt names none", () => {
    expect(issuesOf("cat --q .5", { defaultVersion: "6.1" })).toEqual([]);
    expect(issuesOf("cat --oref https://x/o.png", { defaultVersion: "6.1" })).toMatchObject([
      { param: "oref", code: "unsupported_version", model: "--v 6.1" },
    ]);
  });
});

describe("validateControls: aspect ratios", () => {
  it("flags extreme ratios as a warning only", () => {
    expect(codes(issuesOf("banner --ar 1:20"))).toEqual(["aspectRatio:extreme_ratio:warning"]);
    expect(issuesOf("banner --ar 10:1")).toEqual([]);
  });

  it("enforces the 1:2–2:1 limit of v4", () => {
    expect(issuesOf("cat --ar 3:1 --v 4")).toMatchObject([
      {
        param: "aspectRatio",
        code: "out_of_range",
        min: 0.5,
        max: 2,
        message: "--ar must be between 1:2 and 2:1 with --v 4",
      },
    ]);
    expect(issuesOf("cat --ar 3:1 --v 5")).toEqual([]);
  });

  it("rejects zero sides and malformed ratios", () => {
    expect(issuesOf("cat --ar 0:1")).toMatchObject([
      { param: "aspectRatio", code: "invalid_value", value: "0:1" },
    ]);
    expect(validateControls({ ...emptyControls(), aspectRatio: "wide" })).toMatchObject([
      { param: "aspectRatio", code: "invalid_value" },
    ]);
  });
});

describe("validateControls: unreadable values", () => {
  it.each([
    ["cat --s abc", "stylize", "invalid_value", '--stylize value "abc" is not valid; use a number'],
    [
      "cat --ar 16-9",
      "aspectRatio",
      "invalid_value",
      '--ar value "16-9" is not valid; use W:H with whole numbers, e.g. 16:9',
    ],
    [
      "cat --v seven",
      "version",
      "invalid_value",
      '--v value "seven" is not valid; use a version number such as 6.1',
    ],
    [
      "cat --style very raw",
      "style",
      "invalid_value",
      '--style value "very raw" is not valid; use one word, e.g. raw',
    ],
    ["cat --s", "stylize", "missing_value", "--stylize needs a value"],
    ["cat --no --s 5", "no", "missing_value", "--no needs a value"],
    [
      "cat --tile pattern",
      "tile",
      "unexpected_value",
      '--tile takes no further words; move "pattern" before the parameters',
    ],
    [
      "cat --relax now",
      "speed",
      "unexpected_value",
      '--relax takes no further words; move "now" before the parameters',
    ],
    ["cat --oref a b", "oref", "invalid_value", '--oref value "a b" is not valid; use one image URL'],
  ] as const)("%j → %s %s", (prompt, param, code, message) => {
    expect(issuesOf(prompt)).toEqual([
      {
        param,
        code,
        severity: "error",
        message,
        ...(code === "missing_value" ? {} : { value: expect.any(String) }),
      },
    ]);
  });

  it("reports references that are not URLs", () => {
    expect(issuesOf("cat --cref photo.png --v 6")).toMatchObject([
      { param: "cref", code: "invalid_value", value: "photo.png" },
    ]);
    expect(issuesOf("cat --oref file:///x.png")).toMatchObject([{ param: "oref", code: "invalid_value" }]);
  });
});
