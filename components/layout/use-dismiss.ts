"use client";

import { type RefObject, useEffect } from "react";

/**
 * A header popover (the theme switch, the member's menu) closes when a pointer goes down outside `root` or
 * Escape is pressed, only while it is open. `onDismiss` says which, so a caller can return focus after Escape.
 */
export function useDismiss(
  open: boolean,
  root: RefObject<HTMLElement | null>,
  onDismiss: (reason: "outside" | "escape") => void,
): void {
  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) onDismiss("outside");
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape") onDismiss("escape");
    };
    document.addEventListener("pointerdown", onPointer);
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("pointerdown", onPointer);
      document.removeEventListener("keydown", onKey);
    };
  }, [open, root, onDismiss]);
}
