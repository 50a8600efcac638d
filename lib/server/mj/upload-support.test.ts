import { beforeEach, describe, expect, it } from "vitest";

import {
  ABSENT_RECHECK_MS,
  forgetUploadSupport,
  rememberUploadSupport,
  uploadSupport,
} from "./upload-support";

describe("upload-discord-images detection", () => {
  beforeEach(() => forgetUploadSupport());

  it("is unknown until the upstream answered", () => {
    expect(uploadSupport("https://a|0", 0)).toBe("unknown");
  });

  it("remembers present and absent for the same upstream", () => {
    rememberUploadSupport("https://a|0", "present", 0);
    expect(uploadSupport("https://a|0", 10)).toBe("present");
    rememberUploadSupport("https://a|0", "absent", 20);
    expect(uploadSupport("https://a|0", 30)).toBe("absent");
  });

  it("forgets when the upstream or its saved settings change", () => {
    rememberUploadSupport("https://a|0", "absent", 0);
    expect(uploadSupport("https://b|0", 1)).toBe("unknown");
    expect(uploadSupport("https://a|1765100000000", 1)).toBe("unknown");
  });

  it("asks again an hour after learning it was absent", () => {
    rememberUploadSupport("https://a|0", "absent", 0);
    expect(uploadSupport("https://a|0", ABSENT_RECHECK_MS - 1)).toBe("absent");
    expect(uploadSupport("https://a|0", ABSENT_RECHECK_MS)).toBe("unknown");
  });
});
