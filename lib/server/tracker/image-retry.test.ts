import { describe, expect, it } from "vitest";

import { MjError } from "@/lib/server/mj";

import {
  downloadProblemOf,
  imageRetryDelayMs,
  MAX_IMAGE_ATTEMPTS,
  nextImageRetryAt,
  parseImageProblem,
  retryCanHelp,
} from "./image-retry";

describe("image retry policy (issue 8 item 13)", () => {
  it("waits 5 s, 15 s, 45 s, … capped at 5 minutes", () => {
    expect([1, 2, 3, 4, 5, 9].map(imageRetryDelayMs)).toEqual([
      5_000, 15_000, 45_000, 135_000, 300_000, 300_000,
    ]);
  });
  it("keeps trying for about an hour, not 5 quick tries", () => {
    let total = 0;
    for (let attempts = 1; attempts < MAX_IMAGE_ATTEMPTS; attempts += 1) total += imageRetryDelayMs(attempts);
    expect(total).toBeGreaterThanOrEqual(55 * 60_000);
    expect(total).toBeLessThanOrEqual(75 * 60_000);
  });
  it("schedules the next try, and stops after the last one", () => {
    const now = new Date("2026-12-05T14:00:00Z");
    expect(nextImageRetryAt("storage", 1, now)?.toISOString()).toBe("2026-12-05T14:00:05.000Z");
    expect(nextImageRetryAt("download", 2, now)?.toISOString()).toBe("2026-12-05T14:00:15.000Z");
    expect(nextImageRetryAt("storage", MAX_IMAGE_ATTEMPTS, now)).toBeNull();
  });
  it("never retries an expired upstream link", () => {
    expect(nextImageRetryAt("expired", 1, new Date())).toBeNull();
  });
  it("tells an expired link (403/404) from a failed download", () => {
    expect(downloadProblemOf(new MjError("not_found", { httpStatus: 404 }))).toBe("expired");
    expect(downloadProblemOf(new MjError("network", { httpStatus: 503 }))).toBe("download");
    expect(downloadProblemOf(new Error("socket hang up"))).toBe("download");
  });
  it("does not retry a link refused before any request (private address, bad URL)", () => {
    expect(retryCanHelp(new MjError("validation", { description: "private network address" }))).toBe(false);
    expect(retryCanHelp(new MjError("network", { httpStatus: 503 }))).toBe(true);
    expect(retryCanHelp(new Error("EACCES"))).toBe(true);
  });
  it("reads history written before kinds existed as a download problem", () => {
    expect(parseImageProblem(null)).toBeNull();
    expect(parseImageProblem("storage")).toBe("storage");
    expect(parseImageProblem("fetch failed: ECONNRESET")).toBe("download");
  });
});
