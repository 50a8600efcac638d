import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";

import en from "@/messages/en.json";
import zh from "@/messages/zh-CN.json";

import { actionKey, childBadge, failCodeWords, statusWords } from "./status-words";

const t = createTranslator({ locale: "en", messages: en, namespace: "status" });
const tFail = createTranslator({ locale: "en", messages: en, namespace: "failCodes" });
const base = { progress: null, queuePosition: null };

describe("statusWords", () => {
  it.each([
    [{ ...base, status: "queued", queuePosition: 2 }, "Queued (position 2)"],
    [{ ...base, status: "queued" }, "Queued"],
    [{ ...base, status: "submitting" }, "Submitting"],
    [{ ...base, status: "submitted" }, "Submitted"],
    [{ ...base, status: "running", progress: 46 }, "Running 46%"],
    [{ ...base, status: "running" }, "Running"],
    [{ ...base, status: "modal" }, "Waiting for input"],
    [{ ...base, status: "succeeded", progress: 100 }, "Done"],
    [{ ...base, status: "checking" }, "Checking whether Midjourney received it"],
    [{ ...base, status: "failed" }, "Failed"],
    [{ ...base, status: "cancelled" }, "Cancelled"],
  ] as const)("%o → %s", (task, expected) => {
    const words = statusWords(task);
    expect(t(words.key, words.values)).toBe(expected);
  });
});

describe("failCodeWords", () => {
  it.each([
    ["BANNED_PROMPT", "Banned word"],
    ["UPSTREAM_FAILURE", "Midjourney failed"],
    ["VANISHED", "Lost by the upstream"],
    ["STALLED", "Timed out"],
    ["SUBMIT_INTERRUPTED", "Submit interrupted"],
    ["UPSTREAM_REJECTED", "Rejected"],
    ["SOMETHING_NEW", "Error SOMETHING_NEW"],
  ])("%s → %s", (failCode, expected) => {
    const words = failCodeWords({ status: "failed", failCode });
    expect(words && tFail(words.key, words.values)).toBe(expected);
  });

  it("names a banned-word failure in Chinese too", () => {
    const tFailZh = createTranslator({ locale: "zh-CN", messages: zh, namespace: "failCodes" });
    const words = failCodeWords({ status: "failed", failCode: "BANNED_PROMPT" });
    expect(words && tFailZh(words.key, words.values)).toBe("违禁词");
  });

  it("says nothing for tasks that did not fail", () => {
    expect(failCodeWords({ status: "succeeded", failCode: "STALLED" })).toBeNull();
    expect(failCodeWords({ status: "failed", failCode: null })).toBeNull();
  });
});

describe("actions and badges", () => {
  it("knows the common actions and passes unknown ones through", () => {
    expect(actionKey("UPSCALE")).toBe("UPSCALE");
    expect(actionKey("SWAP_FACE")).toBe("SWAP_FACE");
    expect(actionKey("OUTPAINT_X")).toBeNull();
  });

  it("badges child tasks with their button label, else their action", () => {
    expect(childBadge({ parentId: null, buttonLabel: null, action: "IMAGINE" })).toBeNull();
    expect(childBadge({ parentId: "p", buttonLabel: "U2", action: "UPSCALE" })).toEqual({ label: "U2" });
    expect(childBadge({ parentId: "p", buttonLabel: null, action: "REROLL" })).toEqual({ action: "REROLL" });
  });
});
