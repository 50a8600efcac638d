import "server-only";

import { describe, expect, it } from "vitest";

import { tickDelay } from "./runtime";

describe("tickDelay", () => {
  it("sleeps a full tick when nothing is due to end", () => {
    expect(tickDelay(null, 1_000)).toBe(500);
    expect(tickDelay(5_000, 1_000)).toBe(500);
  });

  it("wakes just after a task's end when it comes before the next tick", () => {
    expect(tickDelay(1_200, 1_000)).toBe(201);
    expect(tickDelay(900, 1_000)).toBe(0);
  });
});
