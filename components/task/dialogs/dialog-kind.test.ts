import { describe, expect, it } from "vitest";

import { dialogBeforePress, dialogKindOf } from "./dialog-kind";

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
  it("opens Custom Zoom and Vary (Region) in the browser, nothing else", () => {
    expect(dialogBeforePress("MJ::CustomZoom::abc")).toBe("custom-zoom");
    expect(dialogBeforePress("MJ::Inpaint::1::abc::SOLO")).toBe("vary-region");
    expect(dialogBeforePress("MJ::JOB::reroll::0::abc::SOLO")).toBeNull();
    expect(dialogBeforePress("MJ::Outpaint::50::1::abc::SOLO")).toBeNull();
    expect(dialogBeforePress("MJ::Job::PicReader::1")).toBeNull();
  });
});
