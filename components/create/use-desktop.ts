"use client";

import { useMediaQuery } from "@/components/common/use-media-query";

/** Tailwind's lg breakpoint: from here the composer is a bar above the gallery, below it a bottom sheet. */
const DESKTOP_QUERY = "(min-width: 64rem)";

/** False on the server: layout differences are CSS; this only decides behaviour (dialog or not) after hydration. */
export function useDesktop(): boolean {
  return useMediaQuery(DESKTOP_QUERY, false);
}
