"use client";

import { useEffect } from "react";

import { sendAnimate, sendToEditor } from "@/components/layout/studio-events";

import type { CreateMode } from "./modes";

/** Task ids are ours (letters, digits, `_` and `-`); anything else in the link is ignored. */
const TASK_ID = /^[\w-]{1,64}$/;

/**
 * Edit, Retexture and Animate from a task's own page (`/?mode=edit&image=<taskId>`): the home page's create
 * panel takes the image as if it had been sent from the lightbox, then drops `image` from the URL so a reload
 * does not load it again. Sent on the next frame: the composer (this panel's parent) registers its listeners in
 * its own effects, which run after this one.
 */
export function useImageHandoff(mode: CreateMode): void {
  useEffect(() => {
    const url = new URL(window.location.href);
    const taskId = url.searchParams.get("image");
    if (taskId === null) return;
    // Taken from the URL only when sent: an effect run twice (development's strict mode) cancels the first frame.
    const frame = requestAnimationFrame(() => {
      url.searchParams.delete("image");
      window.history.replaceState(window.history.state, "", `${url.pathname}${url.search}${url.hash}`);
      if (!TASK_ID.test(taskId)) return;
      if (mode === "edit" || mode === "retexture") sendToEditor({ taskId, cell: undefined, mode });
      else if (mode === "animate") sendAnimate({ taskId, cell: undefined });
    });
    return () => cancelAnimationFrame(frame);
    // Once, for the link the page was opened with.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
}
