import { describe, expect, it } from "vitest";

import { describeWait, nextUtcMidnight, startOfUtcDay, withMemberLock } from "./limits";

describe("daily limit helpers", () => {
  it("cuts days at UTC midnight", () => {
    const at = new Date("2026-11-26T23:59:59.999Z");
    expect(startOfUtcDay(at).toISOString()).toBe("2026-11-26T00:00:00.000Z");
    expect(nextUtcMidnight(at).toISOString()).toBe("2026-11-27T00:00:00.000Z");
  });

  it("describes the wait in hours and minutes, rounding up", () => {
    expect(describeWait(30_000)).toBe("in 1 min");
    expect(describeWait(5 * 3_600_000 + 11 * 60_000 + 1)).toBe("in 5 h 12 min");
    expect(describeWait(2 * 3_600_000)).toBe("in 2 h");
  });

  it("runs one member's work strictly one after another", async () => {
    const order: string[] = [];
    const slow = withMemberLock("u1", async () => {
      order.push("a-start");
      await new Promise((r) => setTimeout(r, 20));
      order.push("a-end");
    });
    const fast = withMemberLock("u1", async () => {
      order.push("b");
    });
    await Promise.all([slow, fast]);
    expect(order).toEqual(["a-start", "a-end", "b"]);
  });
});
