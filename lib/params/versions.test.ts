import { describe, expect, it } from "vitest";

import { newestAccepted, versionOptions } from "./index";

const accepted = (cap: Parameters<typeof versionOptions>[0]) =>
  versionOptions(cap)
    .filter((o) => o.accepted)
    .map((o) => `${o.family}${o.version}`);

describe("versionOptions", () => {
  it("offers every known model newest first, V8.1 and Niji 7 on top", () => {
    const all = versionOptions();
    expect(all.slice(0, 3).map((o) => o.version)).toEqual(["8.1", "8", "7"]);
    expect(all.find((o) => o.family === "niji")?.version).toBe("7");
    expect(all.every((o) => o.accepted)).toBe(true);
  });

  it("marks versions newer than the upstream's cap as not accepted", () => {
    const capped = accepted({ newestVersion: "7", newestNiji: "6" });
    expect(capped).not.toContain("v8.1");
    expect(capped).not.toContain("v8");
    expect(capped).not.toContain("niji7");
    expect(capped).toContain("v7");
    expect(capped).toContain("niji6");
  });

  it("ignores a cap it does not know rather than hiding every version", () => {
    expect(accepted({ newestVersion: "42" })).toContain("v8.1");
  });
});

describe("newestAccepted", () => {
  it("is the newest known model without a cap, the cap's model with one", () => {
    expect(newestAccepted()).toEqual({ version: "8.1", niji: "7" });
    expect(newestAccepted({ newestVersion: "7", newestNiji: "6" })).toEqual({ version: "7", niji: "6" });
  });
});
