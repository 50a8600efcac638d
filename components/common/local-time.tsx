"use client";

import { useLocale } from "next-intl";

import { useHydrated } from "./use-hydrated";

/** An absolute time in the viewer's own time zone; the server render shows UTC until the browser takes over. */
export function LocalTime({ iso }: { iso: string }) {
  const locale = useLocale();
  const hydrated = useHydrated();
  // timeStyle "long" names the zone, so the interim UTC rendering is never mistaken for local time.
  const options: Intl.DateTimeFormatOptions = hydrated
    ? { dateStyle: "medium", timeStyle: "medium" }
    : { dateStyle: "medium", timeStyle: "long", timeZone: "UTC" };
  const text = new Intl.DateTimeFormat(locale, options).format(new Date(iso));
  return <time dateTime={iso}>{text}</time>;
}
