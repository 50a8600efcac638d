import { describe, expect, it } from "vitest";

import en from "@/messages/en.json";
import zh from "@/messages/zh-CN.json";

import {
  buttonIconKey,
  buttonName,
  buttonNameKeys,
  emojiNameKey,
  familyName,
  isDisplayableEmoji,
  labelNameKey,
} from "./button-names";
import { ACTION_KEYS } from "./status-words";

const H = "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0";
const button = (label: string, emoji: string, customId = "MJ::JOB::x::1::h") => ({ label, emoji, customId });

describe("familyName covers every family of mj-api.md section 8", () => {
  it.each([
    // 8.2 grid
    [`MJ::JOB::upsample::1::${H}`, { key: "u1" }],
    [`MJ::JOB::upsample::4::${H}`, { key: "u4" }],
    [`MJ::JOB::reroll::0::${H}::SOLO`, { key: "reroll" }],
    [`MJ::JOB::variation::3::${H}`, { key: "v3" }],
    // 8.3 single image, per version
    [`MJ::JOB::upsample_v5_2x::1::${H}::SOLO`, { key: "upscale2x" }],
    [`MJ::JOB::upsample_v5_4x::1::${H}::SOLO`, { key: "upscale4x" }],
    [`MJ::JOB::upsample_v6_2x_subtle::1::${H}::SOLO`, { key: "upscaleSubtle" }],
    [`MJ::JOB::upsample_v6_2x_creative::1::${H}::SOLO`, { key: "upscaleCreative" }],
    [`MJ::JOB::upsample_v6r1_2x_subtle::1::${H}::SOLO`, { key: "upscaleSubtle" }],
    [`MJ::JOB::upsample_v6r1_2x_creative::1::${H}::SOLO`, { key: "upscaleCreative" }],
    [`MJ::JOB::upsample_v7_2x_subtle::1::${H}::SOLO`, { key: "upscaleSubtle" }],
    [`MJ::JOB::upsample_v7_2x_creative::1::${H}::SOLO`, { key: "upscaleCreative" }],
    [`MJ::JOB::upsample_v8_something::1::${H}::SOLO`, { key: "upscale" }],
    [`MJ::JOB::low_variation::1::${H}::SOLO`, { key: "varySubtle" }],
    [`MJ::JOB::high_variation::1::${H}::SOLO`, { key: "varyStrong" }],
    [`MJ::Inpaint::1::${H}::SOLO`, { key: "varyRegion" }],
    [`MJ::Outpaint::50::1::${H}::SOLO`, { key: "zoomOut2x" }],
    [`MJ::Outpaint::75::1::${H}::SOLO`, { key: "zoomOut15x" }],
    [`MJ::Outpaint::100::1::${H}::SOLO`, { key: "makeSquare" }],
    [`MJ::CustomZoom::${H}`, { key: "customZoom" }],
    [`MJ::CustomZoom::1::${H}`, { key: "customZoom" }],
    [`MJ::JOB::pan_left::1::${H}::SOLO`, { key: "panLeft" }],
    [`MJ::JOB::pan_right::1::${H}::SOLO`, { key: "panRight" }],
    [`MJ::JOB::pan_up::1::${H}::SOLO`, { key: "panUp" }],
    [`MJ::JOB::pan_down::1::${H}::SOLO`, { key: "panDown" }],
    [`MJ::JOB::animate_high::1::${H}::SOLO`, { key: "animateHigh" }],
    [`MJ::JOB::animate_low::1::${H}::SOLO`, { key: "animateLow" }],
    [`MJ::BOOKMARK::${H}`, { key: "favorite" }],
    // 8.5 video
    [`MJ::JOB::video_virtual_upscale::2::${H}`, { key: "u2" }],
    [`MJ::JOB::animate_high_extend::1::${H}`, { key: "extendHigh" }],
    [`MJ::JOB::animate_low_extend::1::${H}`, { key: "extendLow" }],
    // 8.6 describe
    ["MJ::Job::PicReader::1", { key: "picReader1" }],
    ["MJ::Job::PicReader::4", { key: "picReader4" }],
    ["MJ::Job::PicReader::all", { key: "picReaderAll" }],
    ["MJ::Picread::Retry", { key: "picReaderRetry" }],
    // 8.7 shorten
    ["MJ::Job::PromptAnalyzer::1", { key: "analyzer1" }],
    ["MJ::Job::PromptAnalyzer::5", { key: "analyzer5" }],
    ["MJ::Job::PromptAnalyzer::ShowDetails", { key: "showDetails" }],
  ])("%s", (customId, name) => {
    expect(familyName(customId)).toEqual(name);
  });

  it("is case-sensitive like the upstream and leaves unknown ids alone", () => {
    expect(familyName(`MJ::job::upsample::1::${H}`)).toBeNull();
    expect(familyName("MJ::Custom::1")).toBeNull();
  });
});

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
    ["↔️", "makeSquare"],
    ["🎉", "picReaderAll"],
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
  it("prefers the customId family, then a known label, the label as sent, the emoji, the customId", () => {
    expect(buttonName(button("Vary (Strong)", "🪄", `MJ::JOB::high_variation::1::${H}::SOLO`))).toEqual({
      key: "varyStrong",
    });
    expect(buttonName(button("", "⬅️", `MJ::JOB::pan_left::1::${H}::SOLO`))).toEqual({ key: "panLeft" });
    expect(buttonName(button("U1", ""))).toEqual({ key: "u1" });
    expect(buttonName(button("Vary (Strong)", "🪄"))).toEqual({ key: "varyStrong" });
    expect(buttonName(button("Redo Upscale (2x)", "🪄"))).toEqual({ text: "Redo Upscale (2x)" });
    expect(buttonName(button("", "🔄"))).toEqual({ key: "reroll" });
    expect(buttonName(button(" ", "", "MJ::Custom::1"))).toEqual({ text: "MJ::Custom::1" });
  });
});

describe("buttonIconKey", () => {
  it("draws by family, keeps keycaps as emoji and falls back to the emoji", () => {
    expect(
      buttonIconKey(button("Upscale (Subtle)", "upscale_1", `MJ::JOB::upsample_v7_2x_subtle::1::${H}::SOLO`)),
    ).toBe("upscale");
    expect(buttonIconKey(button("", "1️⃣", "MJ::Job::PicReader::1"))).toBeNull();
    expect(buttonIconKey(button("Make Square", "↔️", `MJ::Outpaint::100::1::${H}::SOLO`))).toBe("square");
    expect(buttonIconKey(button("", "🔄", "MJ::Picread::Retry"))).toBe("reroll");
    expect(buttonIconKey(button("U1", "", `MJ::JOB::upsample::1::${H}`))).toBeNull();
    expect(buttonIconKey(button("", "❤️", "MJ::Other::1"))).toBe("favorite");
  });
});

describe("isDisplayableEmoji", () => {
  it("hides Discord emoji names", () => {
    expect(isDisplayableEmoji("🔄")).toBe(true);
    expect(isDisplayableEmoji("upscale_1")).toBe(false);
    expect(isDisplayableEmoji("")).toBe(false);
  });
});

describe("labelNameKey: the stored label of the button that made a task (a tile's badge)", () => {
  it.each([
    ["U2", "u2"],
    ["V4", "v4"],
    ["Vary (Strong)", "varyStrong"],
    ["Zoom Out 1.5x", "zoomOut15x"],
    ["Upscale (Creative)", "upscaleCreative"],
    ["🔄", "reroll"],
    ["⬅️", "panLeft"],
  ])("%s → %s", (label, key) => {
    expect(labelNameKey(label)).toBe(key);
  });

  it("leaves labels it does not know alone", () => {
    expect(labelNameKey("U5")).toBeNull();
    expect(labelNameKey("Redo")).toBeNull();
  });
});

// Every known button and action has words in both languages, and the Chinese ones are Chinese: no English name
// may be left for a known button in 简体中文 (issue 12).
describe("button and action names in zh-CN", () => {
  const chinese = /[\u4e00-\u9fff]/;
  it.each(buttonNameKeys)("buttons.%s", (key) => {
    expect(en.buttons[key]).toBeTruthy();
    expect(zh.buttons[key]).toMatch(chinese);
  });
  it.each(ACTION_KEYS)("actions.%s", (key) => {
    expect(en.actions[key]).toBeTruthy();
    expect(zh.actions[key]).toMatch(chinese);
  });
});
