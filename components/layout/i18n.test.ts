import { describe, expect, it } from "vitest";

import { localeFromAcceptLanguage, resolveLocale } from "@/i18n/locales";
import en from "@/messages/en.json";
import zh from "@/messages/zh-CN.json";

function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe("messages", () => {
  it("zh-CN translates every English key and nothing else", () => {
    expect(keys(zh).sort()).toEqual(keys(en).sort());
  });

  it("has no empty strings", () => {
    const empty = (messages: unknown) =>
      keys(messages).filter(
        (k) => k.split(".").reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], messages) === "",
      );
    expect(empty(en)).toEqual([]);
    expect(empty(zh)).toEqual([]);
  });
});

describe("locale resolution", () => {
  it("lets the cookie win", () => {
    expect(resolveLocale("zh-CN", "en-US")).toBe("zh-CN");
    expect(resolveLocale("fr", "zh-TW,zh;q=0.9")).toBe("zh-CN");
  });

  it("reads Accept-Language by quality", () => {
    expect(localeFromAcceptLanguage("fr-FR,fr;q=0.9,zh-CN;q=0.8,en;q=0.7")).toBe("zh-CN");
    expect(localeFromAcceptLanguage("de, en-GB;q=0.5, zh;q=0.2")).toBe("en");
    expect(localeFromAcceptLanguage("zh;q=0, en")).toBe("en");
    expect(localeFromAcceptLanguage("fr")).toBeNull();
  });

  it("falls back to English", () => {
    expect(resolveLocale(undefined, null)).toBe("en");
    expect(resolveLocale(undefined, "ja")).toBe("en");
  });
});
