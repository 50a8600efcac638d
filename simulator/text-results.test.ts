import "server-only";

import { describe, expect, it } from "vitest";

import {
  aggregatorKnowsCustomId,
  describeButtons,
  parseTextCustomId,
  SHOW_DETAILS_CUSTOM_ID,
  shortenButtons,
} from "./text-buttons";
import { aspectParam, describePrompts, numberedList, shortenPrompt } from "./text-results";

describe("describePrompts", () => {
  it("gives four prompts, the same for the same seed, with the image's aspect ratio", () => {
    const a = describePrompts(1234, { width: 1024, height: 682 });
    expect(a).toHaveLength(4);
    expect(a).toEqual(describePrompts(1234, { width: 1024, height: 682 }));
    expect(a).not.toEqual(describePrompts(98765, { width: 1024, height: 682 }));
    for (const prompt of a) expect(prompt).toMatch(/^[a-z].+, .+ --ar 3:2$/);
  });

  it("rounds odd sizes to the nearest common ratio", () => {
    expect(aspectParam(64, 48)).toBe("--ar 4:3");
    expect(aspectParam(500, 500)).toBe("--ar 1:1");
    expect(aspectParam(682, 1024)).toBe("--ar 2:3");
    expect(aspectParam(1920, 1080)).toBe("--ar 16:9");
  });

  it("numbers them like the bot: keycaps separated by blank lines", () => {
    expect(numberedList(["a", "b", "c", "d"])).toBe("1️⃣ a\n\n2️⃣ b\n\n3️⃣ c\n\n4️⃣ d");
  });
});

describe("shortenPrompt", () => {
  const prompt =
    "an ornate victorian greenhouse full of exotic orchids, volumetric light, ultra detailed --ar 3:2";

  it("lists important tokens and five ever shorter prompts that keep the parameters", () => {
    const { prompts, text } = shortenPrompt(prompt);
    expect(prompts).toHaveLength(5);
    for (const p of prompts) expect(p).toMatch(/ --ar 3:2$/);
    const lengths = prompts.map((p) => p.split(" ").length);
    expect([...lengths].sort((a, b) => b - a)).toEqual(lengths);
    expect(prompts[0]).toContain("greenhouse");
    expect(text).toMatch(
      /^## Important tokens\n[a-z]+(, [a-z]+)+\n## Shortened prompts\n1️⃣ .+\n\n2️⃣ .+\n\n3️⃣ .+\n\n4️⃣ .+\n\n5️⃣ .+$/,
    );
    expect(text).not.toMatch(/\b(an|of|full)\b,/);
    expect(shortenPrompt(prompt)).toEqual(shortenPrompt(prompt));
  });

  it("Show Details prints each token with its weight", () => {
    const { text } = shortenPrompt(prompt, true);
    expect(text.split("## Shortened prompts")[0]).toMatch(/greenhouse \(\d\.\d\d\)/);
  });

  it("survives a prompt that is only parameters", () => {
    expect(shortenPrompt("--ar 1:1").prompts[0]).toBe("untitled --ar 1:1");
  });
});

describe("describe / shorten buttons", () => {
  it("describe: PicReader 1–4, retry, imagine all (mj-api.md 8.6)", () => {
    expect(describeButtons().map((b) => [b.customId, b.emoji, b.label])).toEqual([
      ["MJ::Job::PicReader::1", "1️⃣", ""],
      ["MJ::Job::PicReader::2", "2️⃣", ""],
      ["MJ::Job::PicReader::3", "3️⃣", ""],
      ["MJ::Job::PicReader::4", "4️⃣", ""],
      ["MJ::Picread::Retry", "🔄", ""],
      ["MJ::Job::PicReader::all", "🎉", "Imagine all"],
    ]);
  });

  it("shorten: PromptAnalyzer 1–5 and Show Details, which the detailed reply no longer has", () => {
    expect(shortenButtons(false).map((b) => b.customId)).toEqual([
      ...[1, 2, 3, 4, 5].map((n) => `MJ::Job::PromptAnalyzer::${n}`),
      SHOW_DETAILS_CUSTOM_ID,
    ]);
    expect(shortenButtons(true)).toHaveLength(5);
  });

  it.each([
    ["MJ::Job::PicReader::3", { kind: "pic_reader", index: 3 }],
    ["MJ::Job::PicReader::all", { kind: "pic_reader_all" }],
    ["MJ::Picread::Retry", { kind: "picread_retry" }],
    ["MJ::Job::PromptAnalyzer::5", { kind: "prompt_analyzer", index: 5 }],
    [SHOW_DETAILS_CUSTOM_ID, { kind: "show_details" }],
    ["MJ::Job::PicReader::5", null],
    ["MJ::JOB::upsample::1::3785da15-4f70-4034-9128-f3ff1ac634fa", null],
  ])("parseTextCustomId(%s)", (customId, expected) => {
    expect(parseTextCustomId(customId)).toEqual(expected);
  });

  it.each([
    ["MJ::JOB::upsample::1::h", true],
    ["MJ::Outpaint::50::1::h::SOLO", true],
    ["MJ::CustomZoom::h", true],
    ["MJ::Inpaint::1::h::SOLO", true],
    ["MJ::Job::PicReader::1", false],
    ["MJ::Job::PromptAnalyzer::2", false],
    ["MJ::Picread::Retry", false],
    ["MJ::BOOKMARK::h", false],
  ])("the aggregator maps %s: %s", (customId, known) => {
    expect(aggregatorKnowsCustomId(customId)).toBe(known);
  });
});
