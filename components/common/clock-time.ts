"use client";

import { useLocale } from "next-intl";

import { useHydrated } from "./use-hydrated";

/**
 * "14:02" (or "5 Dec 2026, 14:02" on another day) in the viewer's locale and time zone. The server render
 * and the first client render use UTC and say so, so hydration matches; the browser then shows local time.
 */
export function useClockTime(): (iso: string) => string {
  const locale = useLocale();
  const hydrated = useHydrated();
  return (iso) => formatClockTime(iso, locale, hydrated ? undefined : "UTC");
}

export function formatClockTime(iso: string, locale: string, timeZone?: string, today = new Date()): string {
  const at = new Date(iso);
  const sameDay =
    new Intl.DateTimeFormat("en-CA", { timeZone }).format(at) ===
    new Intl.DateTimeFormat("en-CA", { timeZone }).format(today);
  const options: Intl.DateTimeFormatOptions = {
    hour: "2-digit",
    minute: "2-digit",
    timeZone,
    ...(sameDay ? {} : { day: "numeric", month: "short" }),
    ...(timeZone ? { timeZoneName: "short" } : {}),
  };
  return new Intl.DateTimeFormat(locale, options).format(at);
}
