import { describe, expect, it, vi } from "vitest";

import { MjError, mjErrorToAppError, type MjErrorKind } from "./errors";

vi.mock("@/env.mjs", () => import("./__fixtures__/env"));

describe("mjErrorToAppError", () => {
  it.each([
    ["banned_prompt", "banned_prompt", 422],
    ["queue_full", "upstream_queue_full", 429],
    ["rate_limited", "upstream_queue_full", 429],
    ["validation", "upstream_rejected", 422],
    ["rejected", "upstream_rejected", 422],
    ["unsupported", "upstream_rejected", 422],
    ["not_found", "not_found", 404],
    ["auth", "upstream_auth", 502],
    ["network", "upstream_unavailable", 502],
    ["timeout", "upstream_unavailable", 502],
    ["bad_response", "upstream_bad_response", 502],
    ["video_disabled", "upstream_video_disabled", 422],
  ] as const)("%s → %s", (kind: MjErrorKind, code, status) => {
    const app = mjErrorToAppError(new MjError(kind, { description: "d", upstreamCode: 9 }));
    expect(app.code).toBe(code);
    expect(app.status).toBe(status);
    expect(app.message.length).toBeGreaterThan(10);
  });

  it("auth message names the settings but carries no description text", () => {
    const e = new MjError("auth", { httpStatus: 401, description: "token abc123 invalid" });
    expect(e.message).toBe(
      "The upstream refused our credentials (HTTP 401); check the API key and auth style (admin settings, or MJ_API_KEY and MJ_AUTH_STYLE)",
    );
    expect(mjErrorToAppError(e).details).toEqual({ upstreamKind: "auth", httpStatus: 401 });
  });

  it("banned prompt without a word still reads as a sentence", () => {
    expect(new MjError("banned_prompt", { upstreamCode: 24 }).message).toBe(
      "The upstream rejected the prompt because it may contain a banned word (code 24)",
    );
  });
});
