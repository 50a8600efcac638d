"use client";

import { useFormatter } from "next-intl";

import { useNow } from "./use-now";

export function RelativeTime({ iso, className }: { iso: string; className?: string }) {
  const format = useFormatter();
  const now = useNow();
  const date = new Date(iso);
  let text = "";
  if (now !== null) {
    // Anything within the last minute (or a few seconds "in the future" from clock skew) reads "now", not a
    // jittering "12 seconds ago".
    text =
      now - date.getTime() < 60_000
        ? format.relativeTime(date, { now: date, unit: "second" })
        : format.relativeTime(date, now);
  }
  return (
    <time dateTime={iso} className={className}>
      {text}
    </time>
  );
}
