import "server-only";

import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { updateSettings } from "./settings";
import { installTestHost } from "./test-fixtures";
import { imagine, waitFor, withTempSimulator } from "./test-http";

// The notifyHook switch the benches use to compare an upstream that calls back with one that does not.

withTempSimulator();

const HOOK = "http://127.0.0.1:3000/api/mj/notify?token=studio-token";

describe("notifyHook callbacks", () => {
  const fetchMock = vi.fn(() => Promise.resolve(new Response(null, { status: 204 })));
  beforeEach(() => {
    installTestHost({ callbackUrl: () => HOOK });
    fetchMock.mockClear();
    vi.stubGlobal("fetch", fetchMock);
  });
  afterEach(() => vi.unstubAllGlobals());

  const hookedCalls = () => fetchMock.mock.calls.filter((args: unknown[]) => args[0] === HOOK).length;

  it("calls the hook back on transitions by default", async () => {
    await waitFor(await imagine("a fox", { notifyHook: HOOK }), ["SUCCESS"]);
    expect(hookedCalls()).toBeGreaterThanOrEqual(2); // at least SUBMITTED and SUCCESS
  });

  it("never calls back with ignoreNotifyHook, like the aggregator", async () => {
    updateSettings({ ignoreNotifyHook: true });
    await waitFor(await imagine("a fox", { notifyHook: HOOK }), ["SUCCESS"]);
    expect(hookedCalls()).toBe(0);
  });
});
