"use client";

import { useLiveTaskUpdates } from "@/lib/queries/use-live-task-updates";

/** Mounted once in the root layout: the single changes poll behind every live tile and detail view. */
export function LiveTaskUpdates() {
  useLiveTaskUpdates();
  return null;
}
