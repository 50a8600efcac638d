import { describe, expect, it } from "vitest";

import { buttonLabels, GRID_BUTTON_LABELS } from "@/test/fixtures/grid-buttons";

import { effectiveButtons, isSynthesisedButton, legacyChangeFor, synthesiseGridButtons } from "./legacy";

const ID = "1730621826053455";
const HASH = "3785da15-4f70-4034-9128-f3ff1ac634fa";

describe("synthesised grid buttons", () => {
  it("are U1–U4, 🔄, V1–V4 in Midjourney's format with the upstream id as hash", () => {
    const buttons = synthesiseGridButtons(ID);
    expect(buttonLabels(buttons)).toEqual(GRID_BUTTON_LABELS);
    expect(buttons[0]?.customId).toBe(`MJ::JOB::upsample::1::${ID}`);
    expect(buttons[4]?.customId).toBe(`MJ::JOB::reroll::0::${ID}::SOLO`);
    expect(buttons[8]?.customId).toBe(`MJ::JOB::variation::4::${ID}`);
    for (const b of buttons) expect(isSynthesisedButton(b.customId, ID)).toBe(true);
  });

  it("a real button (job hash) is not synthesised", () => {
    expect(isSynthesisedButton(`MJ::JOB::upsample::1::${HASH}`, ID)).toBe(false);
    expect(isSynthesisedButton(`MJ::JOB::upsample::1::${ID}`, null)).toBe(false);
    expect(isSynthesisedButton(`MJ::CustomZoom::${ID}`, ID)).toBe(false);
  });
});

describe("legacyChangeFor", () => {
  it.each([
    [`MJ::JOB::upsample::2::${HASH}`, { action: "UPSCALE", index: 2 }],
    [`MJ::JOB::variation::4::${ID}`, { action: "VARIATION", index: 4 }],
    [`MJ::JOB::reroll::0::${HASH}::SOLO`, { action: "REROLL", index: 1 }],
    [`MJ::JOB::upsample::5::${HASH}`, null],
    [`MJ::JOB::upsample_v7_2x_subtle::1::${HASH}::SOLO`, null],
    [`MJ::JOB::low_variation::1::${HASH}::SOLO`, null],
    [`MJ::CustomZoom::${HASH}`, null],
    ["MJ::Job::PicReader::1", null],
  ])("%s → %j", (customId, expected) => {
    expect(legacyChangeFor(customId)).toEqual(expected);
  });
});

describe("effectiveButtons", () => {
  const grid = { status: "succeeded", action: "IMAGINE", upstreamId: ID, buttons: [] };

  it("offers the legacy set on a finished grid without buttons (IMAGINE, VARIATION, REROLL, BLEND)", () => {
    for (const action of ["IMAGINE", "VARIATION", "REROLL", "BLEND"]) {
      expect(effectiveButtons({ ...grid, action })).toHaveLength(9);
    }
  });

  it("keeps the upstream's own buttons, and offers nothing extra elsewhere", () => {
    const own = [{ customId: `MJ::JOB::upsample::1::${HASH}`, label: "U1", emoji: "" }];
    expect(effectiveButtons({ ...grid, buttons: own })).toBe(own);
    expect(effectiveButtons({ ...grid, status: "running" })).toEqual([]);
    expect(effectiveButtons({ ...grid, action: "UPSCALE" })).toEqual([]);
    expect(effectiveButtons({ ...grid, action: "DESCRIBE" })).toEqual([]);
    expect(effectiveButtons({ ...grid, upstreamId: null })).toEqual([]);
  });
});
