"use client";

import { type RefObject, useEffect, useRef } from "react";

/**
 * For a <dialog> that exists only while open: shows it as a native modal when it mounts (focus moves in and stays
 * in) and, when it unmounts, closes it and gives the focus back to what had it before.
 */
export function useModalOnMount(): RefObject<HTMLDialogElement | null> {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!element.open) element.showModal();
    return () => {
      if (element.open) element.close();
      opener?.focus();
    };
  }, []);
  return dialog;
}
