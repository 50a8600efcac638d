import "server-only";

import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { isStudioCallback, postNotification } from "./notify";
import { installTestHost } from "./test-fixtures";

// The studio's callback URL as the host hands it in; a test may take it away.
const h = { hook: undefined as string | undefined, others: [] as string[] };
installTestHost({ callbackUrl: () => h.hook, otherStudioHooks: () => h.others });

const STUDIO_HOOK = "http://127.0.0.1:3000/api/mj/notify?token=studio-token";

describe("isStudioCallback", () => {
  it.each([
    ["http://127.0.0.1:3000/api/mj/notify?token=studio-token", true],
    ["http://127.0.0.1:3000/api/mj/notify?token=other", true],
    ["http://127.0.0.1:3000/api/mj/notify", true],
    ["http://127.0.0.1:3001/api/mj/notify?token=studio-token", false],
    ["https://127.0.0.1:3000/api/mj/notify?token=studio-token", false],
    ["http://127.0.0.1:3000/api/admin/settings", false],
    ["http://169.254.169.254/latest/meta-data", false],
    ["http://127.0.0.1:3000@evil.example/api/mj/notify", false],
    ["not a url", false],
  ])("%s → %s", (hook, expected) => {
    expect(isStudioCallback(hook, STUDIO_HOOK)).toBe(expected);
  });

  it("no studio callback (no MJ_NOTIFY_BASE and a real upstream) → nothing is deliverable", () => {
    expect(isStudioCallback(STUDIO_HOOK, undefined)).toBe(false);
  });
});

describe("postNotification", () => {
  const fetchMock = vi.fn(() => Promise.resolve(new Response(null, { status: 204 })));
  beforeEach(() => {
    h.hook = STUDIO_HOOK;
    h.others = [];
    fetchMock.mockClear();
    vi.stubGlobal("fetch", fetchMock);
  });
  afterEach(() => vi.unstubAllGlobals());

  it("posts to the studio's own callback and never follows a redirect", () => {
    postNotification(STUDIO_HOOK, { id: "1" });
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(fetchMock).toHaveBeenCalledWith(
      STUDIO_HOOK,
      expect.objectContaining({ method: "POST", redirect: "manual", body: '{"id":"1"}' }),
    );
  });

  it("ignores any other hook", () => {
    postNotification("http://10.0.0.5:8080/api/mj/notify", { id: "1" });
    postNotification("https://hooks.example.com/collect", { id: "1" });
    h.hook = undefined;
    postNotification(STUDIO_HOOK, { id: "1" });
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it("also posts to the notify routes of the studios the operator named, and only to those", () => {
    h.others = ["http://10.0.0.7:3000/api/mj/notify"];
    postNotification("http://10.0.0.7:3000/api/mj/notify?token=theirs", { id: "1" });
    postNotification("http://10.0.0.7:3000/api/other", { id: "1" });
    postNotification("http://10.0.0.8:3000/api/mj/notify?token=theirs", { id: "1" });
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(fetchMock).toHaveBeenCalledWith(
      "http://10.0.0.7:3000/api/mj/notify?token=theirs",
      expect.anything(),
    );
  });
});
