import { describe, expect, it } from "vitest";

import { buildUpstreamPrompt } from "./prompt";

describe("buildUpstreamPrompt", () => {
  it("leaves a prompt without references alone (image prompts travel in base64Array)", () => {
    expect(buildUpstreamPrompt("a cat --ar 16:9", [])).toBe("a cat --ar 16:9");
    expect(buildUpstreamPrompt("a cat", [{ role: "image", weight: null }])).toBe("a cat");
  });

  it("appends each role's URLs and weight", () => {
    const prompt = buildUpstreamPrompt("a cat --v 6.1", [
      { role: "style", weight: 250, url: "https://cdn/s1.png" },
      { role: "style", weight: null, url: "https://cdn/s2.png" },
      { role: "character", weight: 40, url: "https://cdn/c.png" },
      { role: "image", weight: 1.5 },
    ]);
    expect(prompt).toBe(
      "a cat --v 6.1 --sref https://cdn/s1.png https://cdn/s2.png --sw 250 --cref https://cdn/c.png --cw 40 --iw 1.5",
    );
  });

  it("adds omni references with --ow", () => {
    expect(buildUpstreamPrompt("x --v 7", [{ role: "omni", weight: 300, url: "https://o/1.png" }])).toBe(
      "x --v 7 --oref https://o/1.png --ow 300",
    );
  });

  it("joins URLs the member typed for the same parameter instead of repeating it", () => {
    expect(
      buildUpstreamPrompt("a cat --sref https://typed/a.png --ar 1:1", [
        { role: "style", weight: 50, url: "https://cdn/s.png" },
      ]),
    ).toBe("a cat --sref https://cdn/s.png https://typed/a.png --ar 1:1 --sw 50");
  });

  it("keeps a weight the member typed", () => {
    expect(
      buildUpstreamPrompt("a cat --sw 10", [{ role: "style", weight: 900, url: "https://cdn/s.png" }]),
    ).toBe("a cat --sw 10 --sref https://cdn/s.png");
    expect(buildUpstreamPrompt("a cat --iw 2", [{ role: "image", weight: 0.5 }])).toBe("a cat --iw 2");
  });

  it("does not take --srefx for --sref", () => {
    expect(buildUpstreamPrompt("a --srefx 1", [{ role: "style", weight: null, url: "u" }])).toBe(
      "a --srefx 1 --sref u",
    );
  });
});
