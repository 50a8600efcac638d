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

  it("warns about versions it does not know instead of blocking them", () => {
    expect(codes(issuesOf("cat --v 8"))).toEqual(["version:unknown_version:warning"]);
    expect(codes(issuesOf("cat --niji 9"))).toEqual(["niji:unknown_version:warning"]);
  });

  it.each([
    ["cat --cref https://x/c.png", "cref", "--v 7"],
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
    expect(issuesOf("cat --cref https://x/c.png")[0]?.message).toBe(
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
