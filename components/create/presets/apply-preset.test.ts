import { describe, expect, it } from "vitest";

import type { PresetDto } from "@/lib/schemas/team-memory";

import { applyPreset, filterPresets } from "./apply-preset";

function preset(patch: Partial<PresetDto> = {}): PresetDto {
  return {
    id: "p1",
    kind: "preset",
    name: "Poster",
    prompt: "a cat --ar 16:9 --stylize 250",
    botType: "MID_JOURNEY",
    speed: "relax",
    createMode: "imagine",
    shared: false,
    ownerName: "Ada",
    mine: true,
    canEdit: true,
    references: [],
    updatedAt: "2026-01-01T00:00:00.000Z",
    ...patch,
  };
}

describe("applyPreset", () => {
  it("restores prompt, bot, speed and the references that still exist, counting the missing", () => {
    const applied = applyPreset(
      preset({
        references: [
          {
            referenceId: "r1",
            role: "style",
            weight: 200,
            url: "/api/references/r1/image",
            width: 10,
            height: 20,
          },
          { referenceId: "gone", role: "image", weight: null, url: null, width: 0, height: 0 },
        ],
      }),
    );
    expect(applied).toMatchObject({
      prompt: "a cat --ar 16:9 --stylize 250",
      bot: "MID_JOURNEY",
      speed: "relax",
    });
    expect(applied.inputs).toEqual([
      {
        position: 0,
        role: "style",
        weight: 200,
        reference: {
          id: "r1",
          url: "/api/references/r1/image",
          width: 10,
          height: 20,
          sourceTaskId: null,
          sourceCell: null,
        },
      },
    ]);
    expect(applied.missing).toBe(1);
  });
});

describe("filterPresets", () => {
  const list = [
    preset({ id: "a", name: "Poster" }),
    preset({ id: "b", name: "Logo", prompt: "flat LOGO mark" }),
    preset({ id: "c", name: "Team poster", mine: false, shared: true }),
  ];
  it("splits mine from the team's and searches name and prompt", () => {
    expect(filterPresets(list, "mine", "").map((p) => p.id)).toEqual(["a", "b"]);
    expect(filterPresets(list, "team", "").map((p) => p.id)).toEqual(["c"]);
    expect(filterPresets(list, "mine", "logo").map((p) => p.id)).toEqual(["b"]);
    expect(filterPresets(list, "team", "POSTER").map((p) => p.id)).toEqual(["c"]);
  });
});
