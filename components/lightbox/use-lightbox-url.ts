"use client";

import { useSearchParams } from "next/navigation";
import { useCallback, useRef } from "react";

export const VIEW_PARAM = "view";

function urlWithView(id: string | null): string {
  const url = new URL(window.location.href);
  if (id) url.searchParams.set(VIEW_PARAM, id);
  else url.searchParams.delete(VIEW_PARAM);
  return url.pathname + url.search + url.hash;
}

/**
 * The open lightbox lives in the URL (`?view=<taskId>`): a shared link opens it, and Back closes it. Opening pushes
 * one history entry; moving between images replaces it (Back should not step through every image seen); closing
 * goes back over that entry, or, when the page was opened on a `?view` link, just removes the parameter.
 * Next.js keeps useSearchParams in step with history.pushState/replaceState, so no server round trip happens;
 * the state passed must be null (Next.js ignores calls that pass its own state object along).
 */
export function useLightboxUrl() {
  const viewId = useSearchParams().get(VIEW_PARAM);
  const pushed = useRef(false);

  const open = useCallback((id: string) => {
    const here = new URL(window.location.href).searchParams.get(VIEW_PARAM);
    if (here) {
      window.history.replaceState(null, "", urlWithView(id));
    } else {
      window.history.pushState(null, "", urlWithView(id));
      pushed.current = true;
    }
  }, []);

  const close = useCallback(() => {
    if (pushed.current) {
      pushed.current = false;
      window.history.back();
    } else {
      window.history.replaceState(null, "", urlWithView(null));
    }
  }, []);

  return { viewId, open, close };
}
