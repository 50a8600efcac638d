import { describe, expect, it } from "vitest";

import { dialogBeforePress, dialogKindOf, prefilledPrompt } from "./dialog-kind";

const b = (customId: string, label: string, emoji = "") => ({ customId, label, emoji });
const buttons = [
  b("MJ::CustomZoom::abc", "Custom Zoom", "🔍"),
  b("MJ::Inpaint::1::abc::SOLO", "Vary (Region)", "🖌️"),
  b("MJ::JOB::reroll::0::abc::SOLO", "", "🔄"),
];

describe("dialogKindOf", () => {
  it("follows the parent's button customId", () => {
    expect(dialogKindOf({ buttonLabel: "Custom Zoom" }, buttons)).toBe("custom-zoom");
    expect(dialogKindOf({ buttonLabel: "Vary (Region)" }, buttons)).toBe("vary-region");
    expect(dialogKindOf({ buttonLabel: "🔄" }, buttons)).toBe("prompt");
  });

  it("falls back to the label without the parent", () => {
    expect(dialogKindOf({ buttonLabel: "Custom Zoom" }, undefined)).toBe("custom-zoom");
    expect(dialogKindOf({ buttonLabel: "Vary (Region)" }, [])).toBe("vary-region");
    expect(dialogKindOf({ buttonLabel: "V2" }, undefined)).toBe("prompt");
    expect(dialogKindOf({ buttonLabel: null }, undefined)).toBe("prompt");
  });
});

describe("dialogBeforePress", () => {
  it("opens the dialogs that always come (zoom, region, numbered describe/shorten) in the browser", () => {
    expect(dialogBeforePress("MJ::CustomZoom::abc")).toBe("custom-zoom");
    expect(dialogBeforePress("MJ::Inpaint::1::abc::SOLO")).toBe("vary-region");
    expect(dialogBeforePress("MJ::Job::PicReader::1")).toBe("prompt");
    expect(dialogBeforePress("MJ::Job::PromptAnalyzer::5")).toBe("prompt");
    expect(dialogBeforePress("MJ::Job::PicReader::all")).toBeNull();
    expect(dialogBeforePress("MJ::Picread::Retry")).toBeNull();
    expect(dialogBeforePress("MJ::JOB::reroll::0::abc::SOLO")).toBeNull();
    expect(dialogBeforePress("MJ::Outpaint::50::1::abc::SOLO")).toBeNull();
  });

  it("gives remix-capable buttons the prompt dialog only with the Remix switch on", () => {
    for (const id of [
      "MJ::JOB::variation::2::abc",
      "MJ::JOB::high_variation::1::abc::SOLO",
      "MJ::JOB::reroll::0::abc::SOLO",
      "MJ::JOB::pan_left::1::abc::SOLO",
      "MJ::JOB::animate_high::1::abc::SOLO",
    ]) {
      expect(dialogBeforePress(id, { remix: true })).toBe("prompt");
      expect(dialogBeforePress(id)).toBeNull();
    }
    expect(dialogBeforePress("MJ::JOB::upsample::1::abc", { remix: true })).toBeNull();
    expect(dialogBeforePress("MJ::Outpaint::50::1::abc::SOLO", { remix: true })).toBeNull();
  });
});

describe("prefilledPrompt", () => {
  it("is the N-th result of a describe or shorten", () => {
    expect(prefilledPrompt("MJ::Job::PicReader::2", ["a", "b", "c", "d"])).toBe("b");
    expect(prefilledPrompt("MJ::Job::PromptAnalyzer::5", ["1", "2", "3", "4", "5"])).toBe("5");
    expect(prefilledPrompt("MJ::Job::PicReader::4", ["a"])).toBeNull();
    expect(prefilledPrompt("MJ::JOB::variation::1::abc", ["a"])).toBeNull();
  });
});
