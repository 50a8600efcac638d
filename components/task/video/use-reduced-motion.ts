"use client";

import { useMediaQuery } from "@/components/common/use-media-query";

/** Whether the member asked for less motion; true on the server, so nothing starts moving before hydration. */
export function useReducedMotion(): boolean {
  return useMediaQuery("(prefers-reduced-motion: reduce)", true);
}
