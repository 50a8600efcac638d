import { describe, expect, it } from "vitest";

import { canRedo, canUndo, clearShapes, emptyHistory, HISTORY_LIMIT, pushShape, redo, undo } from "./history";

describe("mask history", () => {
  it("undoes and redoes pushes and clears", () => {
    let h = pushShape(pushShape(emptyHistory<number>(), 1), 2);
    expect(h.present).toEqual([1, 2]);
    h = clearShapes(h);
    expect(h.present).toEqual([]);
    h = undo(h);
    expect(h.present).toEqual([1, 2]);
    h = undo(h);
    expect(h.present).toEqual([1]);
    expect(canRedo(h)).toBe(true);
    h = redo(h);
    expect(h.present).toEqual([1, 2]);
  });

  it("a new shape drops the redo branch", () => {
    let h = undo(pushShape(pushShape(emptyHistory<number>(), 1), 2));
    h = pushShape(h, 3);
    expect(h.present).toEqual([1, 3]);
    expect(canRedo(h)).toBe(false);
  });

  it("ignores undo/redo at the ends and clearing nothing", () => {
    const h = emptyHistory<number>();
    expect(undo(h)).toBe(h);
    expect(redo(h)).toBe(h);
    expect(clearShapes(h)).toBe(h);
    expect(canUndo(h)).toBe(false);
  });

  it("keeps at most HISTORY_LIMIT steps", () => {
    let h = emptyHistory<number>();
    for (let i = 0; i < HISTORY_LIMIT + 20; i++) h = pushShape(h, i);
    expect(h.past.length).toBe(HISTORY_LIMIT);
  });
});
