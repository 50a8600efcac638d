"use client";

import { useSyncExternalStore } from "react";

/**
 * Whether a CSS media query matches, kept live as it changes. `onServer` is the answer before hydration: pick
 * the one whose first render is harmless (e.g. "reduced motion" so nothing starts moving too early).
 */
export function useMediaQuery(query: string, onServer: boolean): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const media = window.matchMedia(query);
      media.addEventListener("change", onChange);
      return () => media.removeEventListener("change", onChange);
    },
    () => window.matchMedia(query).matches,
    () => onServer,
  );
}
