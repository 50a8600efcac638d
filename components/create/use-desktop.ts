"use client";

import { useSyncExternalStore } from "react";

/** Tailwind's lg breakpoint: from here the composer is a bar above the gallery, below it a bottom sheet. */
const DESKTOP_QUERY = "(min-width: 64rem)";

function subscribe(onChange: () => void): () => void {
  const media = window.matchMedia(DESKTOP_QUERY);
  media.addEventListener("change", onChange);
  return () => media.removeEventListener("change", onChange);
}

/** False on the server: layout differences are CSS; this only decides behaviour (dialog or not) after hydration. */
export function useDesktop(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(DESKTOP_QUERY).matches,
    () => false,
  );
}
