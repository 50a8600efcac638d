import { describe, expect, it } from "vitest";

import { presignedImageOrigin } from "../s3-env.mjs";
import { API_CSP, newNonce, pageCsp, STATIC_SECURITY_HEADERS, staticHeaderRules } from "./headers.mjs";

const directive = (csp: string, name: string) =>
  csp
    .split(";")
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${name} `));

describe("security headers", () => {
  it("sends frame, sniffing and referrer protection with every response", () => {
    const byKey = Object.fromEntries(STATIC_SECURITY_HEADERS.map((h) => [h.key, h.value]));
    expect(byKey).toEqual({
      "X-Frame-Options": "DENY",
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "same-origin",
    });
    const rules = staticHeaderRules();
    expect(rules.find((r) => r.source === "/:path*")?.headers).toBe(STATIC_SECURITY_HEADERS);
    expect(rules.find((r) => r.source === "/api/:path*")?.headers).toEqual([
      { key: "Content-Security-Policy", value: API_CSP },
    ]);
  });

  it("lets page scripts run only with the request's nonce, and never inside a frame", () => {
    const csp = pageCsp("abc123");
    expect(directive(csp, "script-src")).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(directive(csp, "frame-ancestors")).toBe("frame-ancestors 'none'");
    expect(directive(csp, "object-src")).toBe("object-src 'none'");
    expect(directive(csp, "img-src")).toBe("img-src 'self' blob: data:");
    expect(csp).not.toContain("unsafe-eval");
    expect(pageCsp("abc123", { dev: true })).toContain("'unsafe-eval'");
  });

  it("lets pages load images from the bucket only when /api/images redirects there", () => {
    const csp = pageCsp("abc123", { imageOrigin: "https://s3.example.com" });
    expect(directive(csp, "img-src")).toBe("img-src 'self' blob: data: https://s3.example.com");
    const base = {
      endpoint: "https://s3.example.com:9000/ignored-path",
      bucket: "studio",
      accessKeyId: "k",
      secretAccessKey: "s",
      region: "us-east-1",
      prefix: "",
    };
    expect(presignedImageOrigin(null)).toBeNull();
    expect(presignedImageOrigin({ ...base, forcePathStyle: true, presignSeconds: 0 })).toBeNull();
    expect(presignedImageOrigin({ ...base, forcePathStyle: true, presignSeconds: 60 })).toBe(
      "https://s3.example.com:9000",
    );
    expect(presignedImageOrigin({ ...base, forcePathStyle: false, presignSeconds: 60 })).toBe(
      "https://studio.s3.example.com:9000",
    );
  });

  it("gives API responses a CSP that loads nothing", () => {
    expect(directive(API_CSP, "default-src")).toBe("default-src 'none'");
    expect(directive(API_CSP, "frame-ancestors")).toBe("frame-ancestors 'none'");
  });

  it("makes a different 128-bit nonce every time", () => {
    const a = newNonce();
    expect(Buffer.from(a, "base64")).toHaveLength(16);
    expect(newNonce()).not.toBe(a);
  });
});
