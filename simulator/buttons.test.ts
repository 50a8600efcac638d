import "server-only";

import { describe, expect, it } from "vitest";

import {
  buttonsFor,
  childAction,
  childImageKind,
  gridButtons,
  modalKindOf,
  parseCustomId,
  singleButtons,
} from "./buttons";

const H = "3785da15-4f70-4034-9128-f3ff1ac634fa";

describe("gridButtons", () => {
  it("is U1–U4, reroll, V1–V4 in that order", () => {
    const buttons = gridButtons(H);
    expect(buttons.map((b) => b.label)).toEqual(["U1", "U2", "U3", "U4", "", "V1", "V2", "V3", "V4"]);
    expect(buttons[0]).toEqual({
      customId: `MJ::JOB::upsample::1::${H}`,
      emoji: "",
      label: "U1",
      type: 2,
      style: 2,
    });
    expect(buttons[4]).toEqual({
      customId: `MJ::JOB::reroll::0::${H}::SOLO`,
      emoji: "🔄",
      label: "",
      type: 2,
      style: 2,
    });
    expect(buttons[8]?.customId).toBe(`MJ::JOB::variation::4::${H}`);
  });
});

describe("singleButtons", () => {
  const ids = (version: Parameters<typeof singleButtons>[0], square = true) =>
    singleButtons(version, H, { square, hd: false }).map((b) => b.customId);

  it.each([
    ["v5", "upsample_v5_2x", "upsample_v5_4x"],
    ["niji5", "upsample_v5_2x", "upsample_v5_4x"],
    ["v6", "upsample_v6_2x_subtle", "upsample_v6_2x_creative"],
    ["niji6", "upsample_v6_2x_subtle", "upsample_v6_2x_creative"],
    ["v6.1", "upsample_v6r1_2x_subtle", "upsample_v6r1_2x_creative"],
    ["v7", "upsample_v7_2x_subtle", "upsample_v7_2x_creative"],
    ["niji7", "upsample_v7_2x_subtle", "upsample_v7_2x_creative"],
  ] as const)("starts with the %s upscale pair", (version, a, b) => {
    const list = ids(version);
    expect(list[0]).toBe(`MJ::JOB::${a}::1::${H}::SOLO`);
    expect(list[1]).toBe(`MJ::JOB::${b}::1::${H}::SOLO`);
  });

  it("has the v7 set with labels and emoji", () => {
    const buttons = singleButtons("v7", H, { square: true, hd: false });
    expect(buttons.map((b) => [b.label, b.emoji])).toEqual([
      ["Upscale (Subtle)", "upscale_1"],
      ["Upscale (Creative)", "upscale_1"],
      ["Vary (Subtle)", "🪄"],
      ["Vary (Strong)", "🪄"],
      ["Vary (Region)", "🖌️"],
      ["Zoom Out 2x", "🔍"],
      ["Zoom Out 1.5x", "🔍"],
      ["Custom Zoom", "🔍"],
      ["", "⬅️"],
      ["", "➡️"],
      ["", "⬆️"],
      ["", "⬇️"],
      ["", "❤️"],
    ]);
    expect(buttons.map((b) => b.customId)).toContain(`MJ::Inpaint::1::${H}::SOLO`);
    expect(buttons.map((b) => b.customId)).toContain(`MJ::Outpaint::50::1::${H}::SOLO`);
    expect(buttons.map((b) => b.customId)).toContain(`MJ::Outpaint::75::1::${H}::SOLO`);
    expect(buttons.map((b) => b.customId)).toContain(`MJ::CustomZoom::${H}`);
    expect(buttons.map((b) => b.customId)).toContain(`MJ::JOB::pan_left::1::${H}::SOLO`);
    expect(buttons.map((b) => b.customId)).toContain(`MJ::BOOKMARK::${H}`);
  });

  it("offers Make Square only for non-square images", () => {
    expect(ids("v7", true)).not.toContain(`MJ::Outpaint::100::1::${H}::SOLO`);
    expect(ids("v7", false)).toContain(`MJ::Outpaint::100::1::${H}::SOLO`);
  });

  it("drops the upscale pair after an HD upscale", () => {
    const hd = buttonsFor("single-hd", "v6.1", H, true);
    expect(hd[0]?.label).toBe("Vary (Subtle)");
    expect(hd.some((b) => b.customId.includes("upsample"))).toBe(false);
  });
});

describe("video buttons", () => {
  it("offers Animate (just before Favourite) on V7 and Niji 7 singles only when video is on", () => {
    const on = buttonsFor("single", "v7", H, true, { video: true }).map((b) => b.customId);
    expect(on.slice(-3)).toEqual([
      `MJ::JOB::animate_high::1::${H}::SOLO`,
      `MJ::JOB::animate_low::1::${H}::SOLO`,
      `MJ::BOOKMARK::${H}`,
    ]);
    expect(
      buttonsFor("single-hd", "niji7", H, true, { video: true }).some((b) => b.label.startsWith("Animate")),
    ).toBe(true);
    expect(buttonsFor("single", "v7", H, true).some((b) => b.customId.includes("animate"))).toBe(false);
    expect(
      buttonsFor("single", "v6.1", H, true, { video: true }).some((b) => b.customId.includes("animate")),
    ).toBe(false);
  });

  it("gives a batch U1…Un, reroll and Extend; an upscaled clip only Extend", () => {
    expect(buttonsFor("video", "v7", H, true, { clips: 2 }).map((b) => b.label || b.emoji)).toEqual([
      "U1",
      "U2",
      "🔄",
      "Extend (High motion)",
      "Extend (Low motion)",
    ]);
    expect(buttonsFor("video-hd", "v7", H, true, { clips: 1 }).map((b) => b.customId)).toEqual([
      `MJ::JOB::animate_high_extend::1::${H}`,
      `MJ::JOB::animate_low_extend::1::${H}`,
    ]);
  });
});

describe("parseCustomId and the resulting action", () => {
  it.each([
    [`MJ::JOB::upsample::2::${H}`, "IMAGINE", "UPSCALE", "single"],
    [`MJ::JOB::upsample_v7_2x_subtle::1::${H}::SOLO`, "UPSCALE", "UPSCALE", "single-hd"],
    [`MJ::JOB::variation::3::${H}`, "IMAGINE", "VARIATION", "grid"],
    [`MJ::JOB::low_variation::1::${H}::SOLO`, "UPSCALE", "VARIATION", "grid"],
    [`MJ::JOB::high_variation::1::${H}::SOLO`, "UPSCALE", "VARIATION", "grid"],
    [`MJ::JOB::reroll::0::${H}::SOLO`, "VARIATION", "VARIATION", "grid"],
    [`MJ::JOB::reroll::0::${H}::SOLO`, "UPSCALE", "IMAGINE", "grid"],
    [`MJ::JOB::pan_up::1::${H}::SOLO`, "UPSCALE", "PAN", "grid"],
    [`MJ::Outpaint::50::1::${H}::SOLO`, "UPSCALE", "ZOOM", "grid"],
    [`MJ::CustomZoom::${H}`, "UPSCALE", "ZOOM", "grid"],
    [`MJ::Inpaint::1::${H}::SOLO`, "UPSCALE", "VARIATION", "grid"],
    [`MJ::JOB::animate_high::1::${H}::SOLO`, "UPSCALE", "VIDEO", "video"],
    [`MJ::JOB::animate_low_extend::1::${H}`, "VIDEO", "VIDEO", "video"],
    [`MJ::JOB::video_virtual_upscale::4::${H}`, "VIDEO", "VIDEO", "video-hd"],
  ])("%s on a %s parent → %s", (customId, parentAction, action, kind) => {
    const parsed = parseCustomId(customId);
    expect(parsed).not.toBeNull();
    expect(childAction(parsed!, parentAction)).toBe(action);
    expect(childImageKind(parsed!)).toBe(kind);
  });

  it("marks Custom Zoom and Vary (Region) as modal", () => {
    expect(modalKindOf(parseCustomId(`MJ::CustomZoom::${H}`)!)).toBe("CustomZoom");
    expect(modalKindOf(parseCustomId(`MJ::Inpaint::1::${H}::SOLO`)!)).toBe("Inpaint");
    expect(modalKindOf(parseCustomId(`MJ::JOB::upsample::1::${H}`)!)).toBeNull();
  });

  it("opens a Remix dialog for variation, reroll and pan only when Remix mode is on", () => {
    const remixable = [
      `MJ::JOB::variation::2::${H}`,
      `MJ::JOB::low_variation::1::${H}::SOLO`,
      `MJ::JOB::high_variation::1::${H}::SOLO`,
      `MJ::JOB::reroll::0::${H}::SOLO`,
      `MJ::JOB::pan_left::1::${H}::SOLO`,
      `MJ::JOB::animate_low::1::${H}::SOLO`,
      `MJ::JOB::animate_high_extend::1::${H}`,
    ];
    for (const id of remixable) {
      expect(modalKindOf(parseCustomId(id)!, true)).toBe("Remix");
      expect(modalKindOf(parseCustomId(id)!, false)).toBeNull();
    }
    expect(modalKindOf(parseCustomId(`MJ::JOB::upsample::1::${H}`)!, true)).toBeNull();
    expect(modalKindOf(parseCustomId(`MJ::Outpaint::50::1::${H}::SOLO`)!, true)).toBeNull();
    expect(modalKindOf(parseCustomId(`MJ::CustomZoom::${H}`)!, true)).toBe("CustomZoom");
    expect(modalKindOf(parseCustomId(`MJ::JOB::video_virtual_upscale::1::${H}`)!, true)).toBeNull();
  });

  it("rejects malformed or foreign customIds", () => {
    expect(parseCustomId(`MJ::JOB::upsample::5::${H}`)).toBeNull();
    expect(parseCustomId(`MJ::Job::upsample::1::${H}`)).toBeNull();
    expect(parseCustomId("MJ::Job::PicReader::1")).toBeNull();
    expect(parseCustomId(`MJ::BOOKMARK::${H}`)?.kind).toBe("bookmark");
    expect(parseCustomId(`MJ::JOB::video_virtual_upscale::5::${H}`)).toBeNull();
    expect(parseCustomId(`MJ::JOB::animate_medium::1::${H}::SOLO`)).toBeNull();
  });
});
