import "server-only";

import { beforeAll, beforeEach, describe, expect, it } from "vitest";

import {
  getStats,
  normaliseEndpoint,
  recordImageServed,
  recordRequest,
  recordSubmit,
  resetStats,
  updateSettings,
  getSettings,
  resetSettings,
} from "./settings";
import { installTestHost } from "./test-fixtures";

beforeAll(() => installTestHost());

describe("stats", () => {
  beforeEach(() => resetStats());

  it("normalises task ids out of endpoints", () => {
    expect(normaliseEndpoint("get", "/mj/task/1730621826053455/fetch")).toBe("GET /mj/task/{id}/fetch");
    expect(normaliseEndpoint("POST", "/mj/task/list-by-condition")).toBe("POST /mj/task/list-by-condition");
    expect(normaliseEndpoint("POST", "/mj/submit/imagine")).toBe("POST /mj/submit/imagine");
    expect(normaliseEndpoint("GET", "/mj/task/list")).toBe("GET /mj/task/list");
  });

  it("counts requests and submits and resets", () => {
    recordRequest("GET", "/mj/task/1/fetch");
    recordRequest("GET", "/mj/task/2/fetch");
    recordRequest("POST", "/mj/submit/imagine");
    recordSubmit();
    recordImageServed("preview");
    recordImageServed("preview");
    recordImageServed("final");
    recordImageServed("video");
    expect(getStats()).toEqual({
      requests: { "GET /mj/task/{id}/fetch": 2, "POST /mj/submit/imagine": 1 },
      submits: 1,
      total: 3,
      images: { previews: 2, finals: 1 },
      videos: 1,
    });
    resetStats();
    expect(getStats()).toEqual({
      requests: {},
      submits: 0,
      total: 0,
      images: { previews: 0, finals: 0 },
      videos: 0,
    });
  });
});

describe("settings", () => {
  it("patches only the given fields and resets to env defaults", () => {
    const before = getSettings();
    updateSettings({ profile: "oss", durationMs: undefined });
    expect(getSettings()).toEqual({ ...before, profile: "oss" });
    expect(resetSettings().profile).toBe("native");
  });
});
