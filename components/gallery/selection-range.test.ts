import { describe, expect, it } from "vitest";

import { applyClick, rangeBetween } from "./selection-range";

const order = ["a", "b", "c", "d", "e"];

describe("rangeBetween", () => {
  it("spans the anchor to the target in list order, in either direction", () => {
    expect(rangeBetween(order, "b", "d")).toEqual(["b", "c", "d"]);
    expect(rangeBetween(order, "e", "c")).toEqual(["c", "d", "e"]);
    expect(rangeBetween(order, "c", "c")).toEqual(["c"]);
  });

  it("is only the target without an anchor in the list, and nothing for an unknown target", () => {
    expect(rangeBetween(order, null, "b")).toEqual(["b"]);
    expect(rangeBetween(order, "gone", "b")).toEqual(["b"]);
    expect(rangeBetween(order, "a", "gone")).toEqual([]);
  });
});

describe("applyClick", () => {
  it("a plain click toggles and anchors; a shift-click selects the range", () => {
    const first = applyClick(new Set(), order, null, "b", false);
    expect([...first.selected]).toEqual(["b"]);
    expect(first.anchor).toEqual({ id: "b", selected: true });
    const ranged = applyClick(first.selected, order, first.anchor, "e", true);
    expect([...ranged.selected].sort()).toEqual(["b", "c", "d", "e"]);
    expect(ranged.anchor.id).toBe("b");
  });

  it("a shift-click after unselecting the anchor clears the range", () => {
    const all = new Set(order);
    const off = applyClick(all, order, null, "b", false);
    expect(off.anchor).toEqual({ id: "b", selected: false });
    const cleared = applyClick(off.selected, order, off.anchor, "d", true);
    expect([...cleared.selected].sort()).toEqual(["a", "e"]);
  });

  it("a shift-click without an anchor is a plain click", () => {
    const result = applyClick(new Set(), order, null, "c", true);
    expect([...result.selected]).toEqual(["c"]);
    expect(result.anchor).toEqual({ id: "c", selected: true });
  });
});
