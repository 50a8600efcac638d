"use client";

import { useLiveTaskUpdates } from "@/lib/queries/use-live-task-updates";

/**
 * Mounted once in the studio layout: the single changes poll behind every live tile and detail view.
 * `startCursor` is a server time from just before the page's data was read (see the layout).
 */
export function LiveTaskUpdates({ startCursor }: { startCursor: string }) {
  useLiveTaskUpdates(startCursor);
  return null;
}
