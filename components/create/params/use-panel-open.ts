"use client";

import { useSyncExternalStore } from "react";

// Closed by default everywhere: on a phone the panel is several screens tall, and in the desktop column
// (sticky, viewport-high) an open panel pushes Imagine out of view. People who use params open it once and
// it stays open for them on that device (localStorage; read after hydration, so the server renders closed).
const KEY = "mj-studio.params-open";
const listeners = new Set<() => void>();
/** This page's latest choice: wins over storage, and keeps the toggle working where storage is blocked. */
let memory: boolean | null = null;

function read(): boolean {
  if (memory !== null) return memory;
  try {
    return window.localStorage.getItem(KEY) === "1";
  } catch {
    return false;
  }
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function usePanelOpen(): [boolean, (open: boolean) => void] {
  const open = useSyncExternalStore(subscribe, read, () => false);
  function setOpen(next: boolean) {
    memory = next;
    try {
      window.localStorage.setItem(KEY, next ? "1" : "0");
    } catch {
      // Private mode or blocked storage: remembered for this page only.
    }
    for (const listener of listeners) listener();
  }
  return [open, setOpen];
}
