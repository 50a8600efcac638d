import { describe, expect, it } from "vitest";

import type { TaskButtonDto } from "@/lib/schemas/task";

import { gridButton, gridCellFileName, gridCellUrl, isGridCell, isGridTask, promptSlug } from "./task-grid";

const button = (customId: string, label = ""): TaskButtonDto => ({ customId, label, emoji: "" });
const gridButtons = [
  ...[1, 2, 3, 4].map((n) => button(`MJ::JOB::upsample::${n}::abc`, `U${n}`)),
  button("MJ::JOB::reroll::0::abc::SOLO", ""),
  ...[1, 2, 3, 4].map((n) => button(`MJ::JOB::variation::${n}::abc`, `V${n}`)),
];
const upscaleButtons = [
  button("MJ::JOB::upsample_v6_2x_subtle::1::abc::SOLO", "Upscale (Subtle)"),
  button("MJ::JOB::low_variation::1::abc::SOLO", "Vary (Subtle)"),
];

describe("isGridTask", () => {
  it.each([
    ["a finished imagine with U1–U4", { status: "succeeded", action: "IMAGINE", buttons: gridButtons }, true],
    ["a finished pan with U1–U4", { status: "succeeded", action: "PAN", buttons: gridButtons }, true],
    ["an upscale (one image)", { status: "succeeded", action: "UPSCALE", buttons: upscaleButtons }, false],
    ["an upscale without buttons", { status: "succeeded", action: "UPSCALE", buttons: [] }, false],
    ["a describe", { status: "succeeded", action: "DESCRIBE", buttons: [] }, false],
    [
      "a grid action without buttons (old history)",
      { status: "succeeded", action: "BLEND", buttons: [] },
      true,
    ],
    ["a running imagine", { status: "running", action: "IMAGINE", buttons: [] }, false],
    ["a failed imagine", { status: "failed", action: "IMAGINE", buttons: [] }, false],
    [
      "an imagine offering only some U buttons",
      { status: "succeeded", action: "IMAGINE", buttons: gridButtons.slice(0, 2) },
      false,
    ],
  ] as const)("%s → %s", (_name, task, expected) => {
    expect(isGridTask({ ...task, buttons: [...task.buttons] })).toBe(expected);
  });
});

describe("gridButton", () => {
  it("finds U<n> and V<n> by their customId family", () => {
    expect(gridButton({ buttons: gridButtons }, "upscale", 3)?.label).toBe("U3");
    expect(gridButton({ buttons: gridButtons }, "vary", 2)?.label).toBe("V2");
    expect(gridButton({ buttons: upscaleButtons }, "upscale", 1)).toBeUndefined();
  });
});

describe("cells", () => {
  it("accepts 1–4 only", () => {
    expect([0, 1, 4, 5, 2.5].map(isGridCell)).toEqual([false, true, true, false, false]);
  });

  it("carries the original's version into the cell URL", () => {
    const task = { id: "t1", image: { url: "/api/images/t1/original?v=abc123", width: 2, height: 2 } };
    expect(gridCellUrl(task, 2)).toBe("/api/tasks/t1/cells/2?v=abc123");
    expect(gridCellUrl(task, 4, { download: true })).toBe("/api/tasks/t1/cells/4?v=abc123&download=1");
    expect(gridCellUrl({ id: "t1", image: null }, 1)).toBe("/api/tasks/t1/cells/1");
  });

  it("names a download after the prompt's words, without parameters", () => {
    expect(gridCellFileName("A red fox, in snow --ar 16:9 --v 7", "t9", 2)).toBe(
      "a-red-fox-in-snow-t9-2.png",
    );
    expect(gridCellFileName("一只猫", "t9", 1)).toBe("t9-1.png");
    expect(promptSlug("x".repeat(80))).toHaveLength(40);
    expect(promptSlug("Café crème")).toBe("cafe-creme");
  });
});
