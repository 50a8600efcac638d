import { describe, expect, it } from "vitest";

import { controlsFromPrompt, parsePrompt } from "@/lib/params";

import { paramState, pinnedBot, versionChoiceOf } from "./model-state";

const controls = (text: string) => controlsFromPrompt(parsePrompt(text));
const codes = (text: string, bot: "MID_JOURNEY" | "NIJI_JOURNEY" = "MID_JOURNEY", images = false) =>
  paramState(text, bot, images).issues.map((i) => `${i.param}:${i.code}:${i.severity}`);

describe("pinnedBot: the prompt's own model decides the bot", () => {
  it.each([
    ["a fox --niji 6", "NIJI_JOURNEY"],
    ["a fox --niji", "NIJI_JOURNEY"],
    ["a fox --v 6.1", "MID_JOURNEY"],
    ["a fox --version 7 --niji 6", "NIJI_JOURNEY"],
    ["a fox", null],
    ["a fox --v abc", null],
    ["a fox --nij 6", null],
  ] as const)("%s → %s", (text, bot) => {
    expect(pinnedBot(controls(text))).toBe(bot);
  });
});

describe("paramState", () => {
  it("checks a prompt without a model against the bot's default model", () => {
    // The newest known models: V8.1 and Niji 7.
    expect(paramState("a fox", "MID_JOURNEY", false).model.label).toBe("--v 8.1");
    expect(paramState("a fox", "NIJI_JOURNEY", false).model.label).toBe("--niji 7");
    // v8.1 takes --q 4 (as v7); niji 7's rules are not documented, so --q .5 there is only a warning.
    expect(codes("a fox --q 4")).toEqual([]);
    expect(codes("a fox --q .5", "NIJI_JOURNEY")).toEqual(["quality:not_allowed:warning"]);
    expect(paramState("a fox --q 4", "NIJI_JOURNEY", false).controls.niji).toBeNull();
  });

  it("lets a typed model win over the bot", () => {
    expect(paramState("a fox --v 6.1", "NIJI_JOURNEY", false).model.label).toBe("--v 6.1");
    expect(codes("a fox --v 6.1 --q 2", "NIJI_JOURNEY")).toEqual([]);
  });

  it("separates errors from warnings", () => {
    const state = paramState("a fox --s 5000 --sw 100", "MID_JOURNEY", false);
    expect(state.errors.map((i) => i.code)).toEqual(["out_of_range"]);
    expect(state.issues).toHaveLength(2);
  });

  it("counts uploaded reference images as image prompts for --iw", () => {
    expect(codes("a fox --iw 2")).toEqual(["iw:no_effect:warning"]);
    expect(codes("a fox --iw 2", "MID_JOURNEY", true)).toEqual([]);
    expect(codes("https://x.test/a.png a fox --iw 2")).toEqual([]);
  });
});

describe("versionChoiceOf", () => {
  it.each([
    ["a fox", ""],
    ["a fox --v 6.0", "v:6"],
    ["a fox --niji 6", "niji:6"],
    ["a fox --niji", "niji:"],
    ["a fox --v 8", "v:8"],
  ])("%s → %s", (text, choice) => {
    expect(versionChoiceOf(controls(text))).toBe(choice);
  });
});
