"use client";

import { useEffect } from "react";

import { useLiveTaskUpdates } from "@/lib/queries/use-live-task-updates";

/**
 * Mounted once in the studio layout: the single stream and changes query behind every live tile and detail
 * view. `startCursor` is a server time from just before the page's data was read (see the layout).
 * `<body data-live="push|poll">` tells tests (and the curious, in devtools) how this tab hears of changes.
 */
export function LiveTaskUpdates({ startCursor }: { startCursor: string }) {
  const mode = useLiveTaskUpdates(startCursor);
  useEffect(() => {
    document.body.dataset.live = mode;
  }, [mode]);
  useEffect(() => () => void delete document.body.dataset.live, []);
  return null;
}
