import { beforeEach, describe, expect, it, vi } from "vitest";

import { resetEnv } from "./__fixtures__/env";
import { isValidNotifyToken, notifyHookUrl, notifyTokenFor } from "./notify-hook";
import { emptyUpstreamCache, setUpstreamCache } from "./upstream-cache";

vi.mock("@/env.mjs", () => import("./__fixtures__/env"));
vi.mock("@/lib/server/secret", () => ({
  installSecret: () => "install-notify-secret",
  simulatorSecret: () => "sim-secret",
}));

function useUpstream(baseUrl: string | undefined): void {
  const cache = emptyUpstreamCache();
  setUpstreamCache({ ...cache, loaded: true, overrides: baseUrl ? { baseUrl } : {} });
}

const tokenOf = (url: string | undefined) => new URL(url ?? "http://x/").searchParams.get("token");

beforeEach(() => {
  resetEnv({ MJ_NOTIFY_BASE: "https://studio.example.test/" });
  useUpstream(undefined);
});

describe("notify tokens", () => {
  it("differ per upstream, have a fixed length and never contain the install secret", () => {
    const a = notifyTokenFor("https://proxy-a.example.test");
    const b = notifyTokenFor("https://proxy-b.example.test");
    expect(a).not.toBe(b);
    expect(a).toHaveLength(43);
    expect(b).toHaveLength(43);
    expect(a).not.toContain("install-notify-secret");
  });

  it("the hook URL carries the current upstream's token, for the normalised base URL", () => {
    useUpstream("https://proxy-a.example.test/mj/");
    const url = notifyHookUrl();
    expect(url).toMatch(/^https:\/\/studio\.example\.test\/api\/mj\/notify\?token=/);
    expect(tokenOf(url)).toBe(notifyTokenFor("https://proxy-a.example.test"));
    expect(isValidNotifyToken(tokenOf(url))).toBe(true);
  });

  it("a token handed to a previous upstream is refused once the upstream changes", () => {
    useUpstream("https://proxy-a.example.test");
    const old = tokenOf(notifyHookUrl());
    expect(isValidNotifyToken(old)).toBe(true);
    useUpstream("https://proxy-b.example.test");
    expect(isValidNotifyToken(old)).toBe(false);
    expect(isValidNotifyToken(tokenOf(notifyHookUrl()))).toBe(true);
  });

  it("refuses a missing, empty, truncated or padded token and the raw install secret", () => {
    const good = tokenOf(notifyHookUrl()) ?? "";
    for (const bad of [null, "", good.slice(0, -1), `${good}x`, "install-notify-secret"])
      expect(isValidNotifyToken(bad)).toBe(false);
  });

  it("no hook URL for a real upstream without MJ_NOTIFY_BASE; the simulator gets a loopback one", () => {
    resetEnv({ PORT: 4321 });
    expect(notifyHookUrl()).toMatch(/^http:\/\/127\.0\.0\.1:4321\/api\/mj\/notify\?token=/);
    useUpstream("https://proxy-a.example.test");
    expect(notifyHookUrl()).toBeUndefined();
  });
});
