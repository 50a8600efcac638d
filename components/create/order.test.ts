import { describe, expect, it } from "vitest";

import { inOrder, moveId } from "./order";

const items = [{ id: "a" }, { id: "b" }, { id: "c" }];

describe("blend order", () => {
  it("sorts by the user's order and appends new arrivals", () => {
    expect(inOrder(items, ["c", "a"]).map((i) => i.id)).toEqual(["c", "a", "b"]);
    expect(inOrder(items, []).map((i) => i.id)).toEqual(["a", "b", "c"]);
  });

  it("moves one place and stops at the ends", () => {
    expect(moveId(["a", "b", "c"], "b", -1)).toEqual(["b", "a", "c"]);
    expect(moveId(["a", "b", "c"], "b", 1)).toEqual(["a", "c", "b"]);
    expect(moveId(["a", "b", "c"], "a", -1)).toEqual(["a", "b", "c"]);
    expect(moveId(["a", "b", "c"], "c", 1)).toEqual(["a", "b", "c"]);
  });
});
