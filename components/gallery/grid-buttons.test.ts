import { describe, expect, it } from "vitest";

import { gridButtons } from "./grid-buttons";

const btn = (customId: string, label = "") => ({ customId, label, emoji: "" });
const H = "3785da15";

describe("gridButtons", () => {
  it("keeps only U1–U4 / V1–V4 by customId family, upscales first, and marks the used ones", () => {
    const task = {
      buttons: [
        btn(`MJ::JOB::variation::2::${H}`, "V2"),
        btn(`MJ::JOB::reroll::0::${H}::SOLO`),
        btn(`MJ::JOB::upsample::3::${H}`, "U3"),
        btn(`MJ::JOB::upsample::1::${H}`, "放大1"),
        btn(`MJ::JOB::upsample_v7_2x_subtle::1::${H}::SOLO`, "Upscale (Subtle)"),
        btn(`MJ::JOB::low_variation::1::${H}::SOLO`),
      ],
      usedButtons: [`MJ::JOB::upsample::3::${H}`, "something-else"],
    };
    const result = gridButtons(task);
    expect(result.map((b) => b.name)).toEqual(["U1", "U3", "V2"]);
    expect(result.map((b) => b.used)).toEqual([false, true, false]);
    expect(result[0]?.kind).toBe("upscale");
    expect(result[2]).toMatchObject({ kind: "vary", index: 2 });
  });

  it("has none for an upscaled image or a task without buttons, and treats unknown usage as unused", () => {
    expect(gridButtons({ buttons: [btn(`MJ::JOB::upsample_v6_2x_creative::1::${H}::SOLO`)] })).toEqual([]);
    expect(gridButtons({ buttons: [] })).toEqual([]);
    expect(gridButtons({ buttons: [btn(`MJ::JOB::upsample::4::${H}`)] })[0]?.used).toBe(false);
  });
});
