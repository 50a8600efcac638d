import { describe, expect, it, vi } from "vitest";

vi.mock("@/lib/server/secret", () => ({ installSecret: () => "install-key" }));

import { PUBLIC_REFERENCE_TTL_SECONDS, signReferenceToken, verifyReferenceToken } from "./public-token";

const now = new Date("2026-12-07T10:00:00Z");
const later = (seconds: number) => new Date(now.getTime() + seconds * 1000);

describe("public reference tokens", () => {
  it("verify to the reference id they were signed for", () => {
    const token = signReferenceToken("rabc123", now, "k");
    expect(verifyReferenceToken(token, now, "k")).toBe("rabc123");
    expect(verifyReferenceToken(token, later(PUBLIC_REFERENCE_TTL_SECONDS - 1), "k")).toBe("rabc123");
  });

  it("expire after seven days", () => {
    const token = signReferenceToken("rabc123", now, "k");
    expect(PUBLIC_REFERENCE_TTL_SECONDS).toBe(7 * 24 * 3600);
    expect(verifyReferenceToken(token, later(PUBLIC_REFERENCE_TTL_SECONDS), "k")).toBeNull();
  });

  it("refuse another key, another id, a longer expiry and garbage", () => {
    const token = signReferenceToken("rabc123", now, "k");
    const [id, expires, mac] = token.split(".") as [string, string, string];
    expect(verifyReferenceToken(token, now, "other")).toBeNull();
    expect(verifyReferenceToken(`rother.${expires}.${mac}`, now, "k")).toBeNull();
    const extended = (Number.parseInt(expires, 36) + 86_400).toString(36);
    expect(verifyReferenceToken(`${id}.${extended}.${mac}`, now, "k")).toBeNull();
    expect(verifyReferenceToken(`${id}.${expires}.${mac.slice(0, -2)}AA`, now, "k")).toBeNull();
    for (const junk of ["", "a.b", "a.b.c.d", "../x.1.y", `${id}.${expires}.${mac}x`]) {
      expect(verifyReferenceToken(junk, now, "k")).toBeNull();
    }
  });

  it("uses the install's purpose key by default", () => {
    const token = signReferenceToken("rabc123", now);
    expect(verifyReferenceToken(token, now)).toBe("rabc123");
    expect(verifyReferenceToken(token, now, "k")).toBeNull();
  });
});
