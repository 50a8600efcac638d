import { describe, expect, it } from "vitest";

import { afterFailure, afterSuccess, HEALTHY, planPass, unreachableSince } from "./outage";

const t = (s: number) => new Date(Date.UTC(2026, 0, 1, 14, 2, s));

describe("upstream health (issue 8 item 11)", () => {
  it("reports an outage after two failed passes, dated from the first", () => {
    const once = afterFailure(HEALTHY, t(0), true);
    expect(unreachableSince(once)).toBeNull();
    const twice = afterFailure(once, t(5), true);
    expect(unreachableSince(twice)).toEqual(t(0));
  });
  it("clears on the first success", () => {
    const down = afterFailure(afterFailure(HEALTHY, t(0), true), t(5), true);
    expect(unreachableSince(afterSuccess())).toBeNull();
    expect(afterSuccess().failures).toBe(0);
    expect(down.failures).toBe(2);
  });
  it("does not blame the upstream for our own failures (e.g. the database)", () => {
    const ours = afterFailure(afterFailure(HEALTHY, t(0), false), t(5), false);
    expect(ours.failures).toBe(2);
    expect(unreachableSince(ours)).toBeNull();
  });
});

describe("planPass (issue 8 item 10: probe cheaply while failing)", () => {
  it("syncs everything while the upstream answers", () => {
    expect(planPass(HEALTHY, "up-1")).toEqual({ kind: "full" });
  });
  it("reads one task while failing", () => {
    expect(planPass(afterFailure(HEALTHY, t(0), true), "up-1")).toEqual({
      kind: "probe",
      upstreamId: "up-1",
    });
  });
  it("with nothing to track there is nothing to probe", () => {
    expect(planPass(afterFailure(HEALTHY, t(0), true), null)).toEqual({ kind: "full" });
  });
});
