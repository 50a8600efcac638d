import { describe, expect, it } from "vitest";

import { parseCreateMode, urlWithMode } from "./modes";

describe("create modes", () => {
  it("reads the mode from the URL, defaulting to imagine", () => {
    expect(parseCreateMode("blend")).toBe("blend");
    expect(parseCreateMode("swap")).toBe("swap");
    expect(parseCreateMode("animate")).toBe("animate");
    expect(parseCreateMode("nope")).toBe("imagine");
    expect(parseCreateMode(undefined)).toBe("imagine");
    expect(parseCreateMode(["blend"])).toBe("imagine");
  });

  it("writes the mode and keeps other parameters", () => {
    expect(urlWithMode("http://x/?status=failed", "describe")).toBe("/?status=failed&mode=describe");
    expect(urlWithMode("http://x/?mode=blend&q=fox", "imagine")).toBe("/?q=fox");
  });
});
