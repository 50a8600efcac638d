import { describe, expect, it } from "vitest";

import { buttonName, emojiNameKey, isDisplayableEmoji } from "./button-names";

const button = (label: string, emoji: string, customId = "MJ::JOB::x::1::h") => ({ label, emoji, customId });

describe("emojiNameKey", () => {
  it.each([
    ["🔄", "reroll"],
    ["⬅️", "panLeft"],
    ["➡️", "panRight"],
    ["⬆️", "panUp"],
    ["⬇️", "panDown"],
    ["❤️", "favorite"],
    ["🔍", "zoom"],
    ["🪄", "vary"],
    ["🖌️", "varyRegion"],
    ["upscale_1", "upscale"],
  ])("%s → %s", (emoji, key) => {
    expect(emojiNameKey(emoji)).toBe(key);
  });

  it("matches with or without the emoji variation selector", () => {
    expect(emojiNameKey("⬅")).toBe("panLeft");
    expect(emojiNameKey("🖌")).toBe("varyRegion");
    expect(emojiNameKey("🦄")).toBeNull();
  });
});

describe("buttonName", () => {
  it("prefers the label, then the emoji, then the customId", () => {
    expect(buttonName(button("U1", ""))).toEqual({ text: "U1" });
    expect(buttonName(button("Vary (Strong)", "🪄"))).toEqual({ text: "Vary (Strong)" });
    expect(buttonName(button("", "🔄"))).toEqual({ key: "reroll" });
    expect(buttonName(button(" ", "", "MJ::Custom::1"))).toEqual({ text: "MJ::Custom::1" });
  });
});

describe("isDisplayableEmoji", () => {
  it("hides Discord emoji names", () => {
    expect(isDisplayableEmoji("🔄")).toBe(true);
    expect(isDisplayableEmoji("upscale_1")).toBe(false);
    expect(isDisplayableEmoji("")).toBe(false);
  });
});
