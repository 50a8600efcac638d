import { describe, expect, it } from "vitest";

import { formatZoom, parseZoomInput, readZoom, withZoom, zoomProblem } from "./zoom-prompt";

describe("zoom prompt", () => {
  it("reads the flag", () => {
    expect(readZoom("a fox --ar 3:2 --zoom 1.5")).toBe(1.5);
    expect(readZoom("a fox --zoom")).toBeNaN();
    expect(readZoom("a fox --zoomed")).toBeNull();
    expect(readZoom("a fox")).toBeNull();
  });

  it("writes the flag in place or appends it", () => {
    expect(withZoom("a fox --ar 3:2", 1.5)).toBe("a fox --ar 3:2 --zoom 1.5");
    expect(withZoom("a fox --zoom 2 --ar 3:2", 1.25)).toBe("a fox --zoom 1.25 --ar 3:2");
    expect(withZoom("a fox --zoom --ar 3:2", 1.1)).toBe("a fox --zoom 1.1 --ar 3:2");
    expect(withZoom("", 2)).toBe("--zoom 2");
  });

  it("rounds to the step without float noise", () => {
    expect(formatZoom(1.1 + 0.05 * 3)).toBe("1.25");
    expect(formatZoom(1.02)).toBe("1");
  });

  it("validates 1–2", () => {
    expect(zoomProblem("x --zoom 1")).toBeNull();
    expect(zoomProblem("x --zoom 2")).toBeNull();
    expect(zoomProblem("x --zoom 2.5")).toBe("range");
    expect(zoomProblem("x --zoom abc")).toBe("range");
    expect(zoomProblem("x")).toBe("missing");
    expect(parseZoomInput("1,5")).toBe(1.5);
    expect(parseZoomInput("0.9")).toBeNull();
    expect(parseZoomInput("")).toBeNull();
  });
});
