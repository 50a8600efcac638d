import { describe, expect, it } from "vitest";

import { AppError } from "@/lib/errors";

import { isSealed, openSecret, sealSecret, SecretBoxError } from "./secret-box";

const SECRET = "server-secret-for-tests-0123456789";
const API_KEY = "sk-live-abcdef1234567890";

function expectFailure(fn: () => unknown, reason: SecretBoxError["reason"]) {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(SecretBoxError);
    expect(error).toBeInstanceOf(AppError);
    expect((error as SecretBoxError).reason).toBe(reason);
    return error as SecretBoxError;
  }
  throw new Error("expected a SecretBoxError");
}

describe("sealSecret / openSecret", () => {
  it.each([
    ["an API key", API_KEY],
    ["the empty string", ""],
    ["unicode", "密钥 🔑 clé — ключ"],
    ["text with dots and newlines", "a.b.c\r\nd"],
    ["a long value", "x".repeat(10_000)],
  ])("round-trips %s", (_label, plain) => {
    const sealed = sealSecret(plain, SECRET);
    expect(isSealed(sealed)).toBe(true);
    expect(openSecret(sealed, SECRET)).toBe(plain);
  });

  it("has the v1.<iv>.<tag>.<ciphertext> shape and does not contain the value", () => {
    const sealed = sealSecret(API_KEY, SECRET);
    const [version, iv, tag, ciphertext] = sealed.split(".");
    expect(version).toBe("v1");
    expect(Buffer.from(iv ?? "", "base64url")).toHaveLength(12);
    expect(Buffer.from(tag ?? "", "base64url")).toHaveLength(16);
    expect(Buffer.from(ciphertext ?? "", "base64url")).toHaveLength(Buffer.byteLength(API_KEY));
    expect(sealed).not.toContain(API_KEY);
  });

  it("uses a fresh IV every time", () => {
    const seals = Array.from({ length: 20 }, () => sealSecret(API_KEY, SECRET));
    expect(new Set(seals.map((s) => s.split(".")[1])).size).toBe(20);
    expect(new Set(seals).size).toBe(20);
  });

  it("fails with a wrong server secret, saying so without leaking the value", () => {
    const sealed = sealSecret(API_KEY, SECRET);
    const error = expectFailure(() => openSecret(sealed, `${SECRET}x`), "cannot_decrypt");
    expect(error.message).toMatch(/server secret changed or the value is corrupt/);
    expect(error.message).not.toContain(API_KEY);
    expect(error.message).not.toContain(sealed);
    expect(JSON.stringify(error.toBody())).not.toContain(API_KEY);
  });

  it("fails when any byte of the iv, tag or ciphertext is flipped", () => {
    const sealed = sealSecret(API_KEY, SECRET);
    const [version, ...parts] = sealed.split(".");
    parts.forEach((part, index) => {
      const bytes = Buffer.from(part, "base64url");
      for (let i = 0; i < bytes.length; i++) {
        const copy = Buffer.from(bytes);
        copy[i] = (copy[i] ?? 0) ^ 0x01;
        const tampered = [...parts];
        tampered[index] = copy.toString("base64url");
        expectFailure(() => openSecret([version, ...tampered].join("."), SECRET), "cannot_decrypt");
      }
    });
  });

  it("fails when any character of the text is changed", () => {
    const sealed = sealSecret(API_KEY, SECRET);
    for (let i = 0; i < sealed.length; i++) {
      const char = sealed[i];
      const replacement = char === "A" ? "B" : "A";
      const tampered = sealed.slice(0, i) + replacement + sealed.slice(i + 1);
      expect(() => openSecret(tampered, SECRET)).toThrow(SecretBoxError);
    }
  });

  it.each([
    ["plain text", API_KEY],
    ["empty", ""],
    ["unknown version", sealSecret(API_KEY, SECRET).replace(/^v1/, "v2")],
    ["too few parts", "v1.abc.def"],
    ["too many parts", `${sealSecret(API_KEY, SECRET)}.AAAA`],
    ["non-base64url characters", "v1.AAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAA.ab+/"],
    ["short iv", "v1.AAAA.AAAAAAAAAAAAAAAAAAAAAA.AAAA"],
    ["short tag", "v1.AAAAAAAAAAAAAAAA.AAAA.AAAA"],
    ["padding", "v1.AAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAA==.AAAA"],
  ])("rejects a bad format: %s", (_label, text) => {
    const error = expectFailure(() => openSecret(text, SECRET), "bad_format");
    if (text) expect(error.message).not.toContain(text);
  });

  it("refuses an empty server secret", () => {
    expectFailure(() => sealSecret(API_KEY, ""), "no_server_secret");
    expectFailure(() => openSecret(sealSecret(API_KEY, SECRET), ""), "no_server_secret");
  });
});

describe("isSealed", () => {
  it("tells sealed values from plain ones", () => {
    expect(isSealed(sealSecret("x", SECRET))).toBe(true);
    expect(isSealed("sk-plain-key")).toBe(false);
    expect(isSealed("v1.a.b")).toBe(false);
    expect(isSealed("v1.a+b.c.d")).toBe(false);
  });
});
