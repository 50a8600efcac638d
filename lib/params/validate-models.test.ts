import { describe, expect, it } from "vitest";

import { controlsFromPrompt, parsePrompt, validateControls, validatePrompt } from "./index";
import type { ParamIssue } from "./index";

const issuesOf = (prompt: string) => validateControls(controlsFromPrompt(parsePrompt(prompt)));
const codes = (issues: ParamIssue[]) => issues.map((i) => `${i.param}:${i.code}:${i.severity}`);

describe("validateControls: versions", () => {
  it("rejects --niji with --v", () => {
    expect(issuesOf("猫 --niji 6 --v 6.1")).toEqual([
      {
        param: "niji",
        code: "conflict",
        severity: "error",
        other: "version",
        message: "--niji and --v cannot be used together; keep one of them",
      },
    ]);
  });

  it("knows V8, V8.1 and Niji 7", () => {
    expect(issuesOf("cat --v 8")).toEqual([]);
    expect(issuesOf("cat --v 8.0")).toEqual([]);
    expect(issuesOf("cat --version 8.1")).toEqual([]);
    expect(issuesOf("cat --niji 7")).toEqual([]);
  });

  it("warns about versions it does not know instead of blocking them", () => {
    expect(codes(issuesOf("cat --v 9"))).toEqual(["version:unknown_version:warning"]);
    expect(codes(issuesOf("cat --v 8.2"))).toEqual(["version:unknown_version:warning"]);
    expect(codes(issuesOf("cat --niji 9"))).toEqual(["niji:unknown_version:warning"]);
  });

  it.each([
    ["cat --cref https://x/c.png --v 7", "cref", "--v 7"],
    ["cat --cref https://x/c.png --v 5.2", "cref", "--v 5.2"],
    ["cat --oref https://x/o.png --v 6.1", "oref", "--v 6.1"],
    ["cat --oref https://x/o.png --niji 6", "oref", "--niji 6"],
    ["cat --sref 123 --v 5.2", "sref", "--v 5.2"],
    ["cat --style raw --v 5", "style", "--v 5"],
    ["cat --raw --niji 5", "style", "--niji 5"],
    ["cat --tile --v 4", "tile", "--v 4"],
    ["cat --w 10 --v 4", "weird", "--v 4"],
    ["cat --p --v 5.2", "personalize", "--v 5.2"],
    ["cat --draft --v 6.1", "draft", "--v 6.1"],
  ] as const)("%j: %s is not supported with %s", (prompt, param, model) => {
    expect(issuesOf(prompt)).toMatchObject([
      { param, code: "unsupported_version", severity: "error", model },
    ]);
  });

  it("explains what --cref needs under v7", () => {
    expect(issuesOf("cat --cref https://x/c.png --v 7")[0]?.message).toBe(
      "--cref does not work with --v 7; it needs --v 6, --v 6.1 or --niji 6 (--v 7 uses --oref)",
    );
  });

  it("checks only raw among --style values", () => {
    expect(issuesOf("cat --style cute --niji 5")).toEqual([]);
  });
});

describe("validateControls: weights without their reference", () => {
  it.each([
    ["cat --sw 100", "sw", "sref"],
    ["cat --cw 50 --v 6", "cw", "cref"],
    ["cat --ow 100", "ow", "oref"],
  ] as const)("%j warns that %s needs %s", (prompt, param, other) => {
    expect(issuesOf(prompt)).toMatchObject([{ param, code: "no_effect", severity: "warning", other }]);
  });
});

describe("validatePrompt", () => {
  it("warns about repeated params", () => {
    expect(validatePrompt("cat --s 100 --s 250")).toEqual([
      {
        param: "stylize",
        code: "duplicate",
        severity: "warning",
        message: "--stylize is given 2 times; only the last one counts",
      },
    ]);
    expect(codes(validatePrompt("cat --fast --relax"))).toEqual(["speed:duplicate:warning"]);
  });

  it("warns about --iw without a leading image URL", () => {
    expect(codes(validatePrompt("cat --iw 2"))).toEqual(["iw:no_effect:warning"]);
    expect(validatePrompt("https://s.mj.run/abc cat --iw 2")).toEqual([]);
    expect(validatePrompt(parsePrompt("<https://s.mj.run/abc> --iw 2"))).toEqual([]);
  });

  it("combines control and text issues in one list", () => {
    expect(codes(validatePrompt("猫 --niji 6 --v 6 --s abc --s 2000"))).toEqual([
      "niji:conflict:error",
      "stylize:out_of_range:error",
      "stylize:duplicate:warning",
    ]);
  });
});

describe("validateControls: V8-era params (issue 13)", () => {
  it("checks --exp against 0–100 (V7 docs), whole numbers only", () => {
    expect(issuesOf("cat --exp 0 --v 7")).toEqual([]);
    expect(issuesOf("cat --exp 100 --v 8.1")).toEqual([]);
    expect(issuesOf("cat --exp 101")).toMatchObject([
      { param: "exp", code: "out_of_range", severity: "error", min: 0, max: 100 },
    ]);
    expect(codes(issuesOf("cat --exp -1"))).toEqual(["exp:out_of_range:error"]);
    expect(codes(issuesOf("cat --exp 2.5"))).toEqual(["exp:not_integer:error"]);
    expect(codes(issuesOf("cat --exp high"))).toEqual(["exp:invalid_value:error"]);
  });

  it("blocks --exp before V7, where the docs say it does not exist", () => {
    expect(codes(issuesOf("cat --exp 10 --v 6.1"))).toEqual(["exp:unsupported_version:error"]);
    expect(codes(issuesOf("cat --exp 10 --niji 6"))).toEqual(["exp:unsupported_version:error"]);
    expect(issuesOf("cat --exp 10 --niji 7")).toEqual([]);
  });

  it("only warns about --sv values it does not know", () => {
    for (const sv of [1, 2, 3, 4, 6, 7, 8]) expect(issuesOf(`cat --sref 1 --sv ${sv}`)).toEqual([]);
    expect(issuesOf("cat --sref 1 --sv 5")).toMatchObject([
      { param: "sv", code: "unknown_version", severity: "warning", value: "5" },
    ]);
    expect(codes(issuesOf("cat --sref 1 --sv 12"))).toEqual(["sv:unknown_version:warning"]);
    expect(codes(issuesOf("cat --sref 1 --sv new"))).toEqual(["sv:invalid_value:error"]);
  });

  it("says --sv has no effect without --sref, and needs V6+", () => {
    expect(codes(issuesOf("cat --sv 6"))).toEqual(["sv:no_effect:warning"]);
    expect(codes(issuesOf("cat --sref 1 --sv 4 --v 5.2"))).toEqual([
      "sref:unsupported_version:error",
      "sv:unsupported_version:error",
    ]);
  });

  it("reads --profile as --p, with the same version rule", () => {
    expect(issuesOf("cat --profile abc --v 7")).toEqual([]);
    expect(codes(issuesOf("cat --profile abc --v 5.2"))).toEqual(["personalize:unsupported_version:error"]);
  });

  it("keeps --draft to V7: an error where documented, a warning on V8 and Niji 7", () => {
    expect(issuesOf("cat --draft --v 7")).toEqual([]);
    expect(codes(issuesOf("cat --draft --v 6.1"))).toEqual(["draft:unsupported_version:error"]);
    expect(issuesOf("cat --draft --v 8")).toMatchObject([
      {
        param: "draft",
        code: "undocumented_version",
        severity: "warning",
        model: "--v 8",
        message: "--draft is documented for --v 7, not for --v 8; Midjourney may ignore or reject it",
      },
    ]);
    expect(codes(issuesOf("cat --draft --niji 7"))).toEqual(["draft:undocumented_version:warning"]);
  });

  it("takes --oref from V7 on and only warns about --cref on undocumented models", () => {
    expect(issuesOf("cat --oref https://x/o.png --v 8.1")).toEqual([]);
    expect(issuesOf("cat --oref https://x/o.png --niji 7")).toEqual([]);
    expect(codes(issuesOf("cat --cref https://x/c.png --v 8"))).toEqual([
      "cref:undocumented_version:warning",
    ]);
    expect(codes(issuesOf("cat --cref https://x/c.png --v 7"))).toEqual(["cref:unsupported_version:error"]);
  });

  it("assumes the newest version when the prompt names none, so nothing undocumented blocks", () => {
    expect(codes(issuesOf("cat --cref https://x/c.png"))).toEqual(["cref:undocumented_version:warning"]);
    expect(codes(issuesOf("cat --q .5"))).toEqual(["quality:not_allowed:warning"]);
    expect(codes(issuesOf("https://x/a.png cat --iw 3.5"))).toEqual(["iw:out_of_range:warning"]);
    expect(codes(issuesOf("cat --q .5 --v 7"))).toEqual(["quality:not_allowed:error"]);
  });
});
